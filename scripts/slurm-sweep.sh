#!/usr/bin/env bash
# Submits a sharded peakwatch command to Slurm: a job array with one task per shard (each runs
# scripts/peakwatch-shard.sh) and a merge job that starts only when every task succeeded.
#
#   scripts/slurm-sweep.sh -n N [-o NAME] [-d RESULTS_DIR] [-s SBATCH_OPTION]... -- \
#     COMMAND SCENARIO [OPTIONS...]
#
#   -n N               number of shards (array tasks 1..N)
#   -o NAME            name of the merged folder (default: sweep); shard I writes NAME-shard-I
#   -d RESULTS_DIR     results directory shared by every node (default: results)
#   -s SBATCH_OPTION   an option for both sbatch calls, e.g. -s --time=01:00:00 (repeatable)
#   COMMAND            sweep, sensitivity, compare or run, with its scenario and options (not
#                      --shard, --out or --results-dir, which the script adds)
#
# Each task's log is RESULTS_DIR/NAME-shard-I.log, the merge's RESULTS_DIR/NAME-merge.log.
# PEAKWATCH names the program on the nodes (default: peakwatch); sbatch passes the environment
# on, so SLURM_CONF, PATH and PEAKWATCH reach the jobs. Prints the two job ids. See
# docs/scaling.md.
set -euo pipefail

usage() {
  sed -n '5,13p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

shards='' name=sweep dir=results
sbatch_options=()
while getopts 'n:o:d:s:h' option; do
  case $option in
  n) shards=$OPTARG ;;
  o) name=$OPTARG ;;
  d) dir=$OPTARG ;;
  s) sbatch_options+=("$OPTARG") ;;
  *) usage ;;
  esac
done
shift $((OPTIND - 1))
[[ $shards =~ ^[0-9]+$ ]] && ((shards >= 1)) || { echo "$0: -n N: N must be a whole number >= 1" >&2; usage; }
[[ -n $name && $name != */* ]] || { echo "$0: -o NAME must be a plain folder name" >&2; exit 2; }
[ $# -ge 2 ] || { echo "$0: give the peakwatch command after --, e.g. -- sweep scenario.yaml --vary ..." >&2; usage; }

mkdir -p -- "$dir"
dir=$(cd -- "$dir" && pwd)
shard_script="$(cd -- "$(dirname -- "$0")" && pwd)/peakwatch-shard.sh"

# The job scripts are written here with every word quoted, so that any argument survives.
array_script="#!/bin/bash
exec $(printf '%q ' "$shard_script") \"\$SLURM_ARRAY_TASK_ID\" $(printf '%q ' "$shards" "$name" "$dir" "$@")"
shard_folders=()
for ((i = 1; i <= shards; i++)); do shard_folders+=("$dir/$name-shard-$i"); done
merge_script="#!/bin/bash
set -euo pipefail
read -ra program <<<\"\${PEAKWATCH:-peakwatch}\"
exec \"\${program[@]}\" merge $(printf '%q ' "${shard_folders[@]}") --results-dir $(printf '%q' "$dir") --out $(printf '%q' "$name")"

array_id=$(sbatch --parsable --array="1-$shards" --job-name="peakwatch-$name" \
  --output="$dir/$name-shard-%a.log" "${sbatch_options[@]}" <<<"$array_script")
array_id=${array_id%%;*}
merge_id=$(sbatch --parsable --dependency="afterok:$array_id" --kill-on-invalid-dep=yes \
  --job-name="peakwatch-$name-merge" --output="$dir/$name-merge.log" "${sbatch_options[@]}" \
  <<<"$merge_script")
merge_id=${merge_id%%;*}

echo "Submitted array job $array_id: $shards shards into $dir/$name-shard-I (logs $dir/$name-shard-I.log)"
echo "Submitted merge job $merge_id, to run when every shard succeeded: $dir/$name (log $dir/$name-merge.log)"

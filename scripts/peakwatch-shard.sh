#!/usr/bin/env bash
# One shard of a sharded peakwatch command, as a cluster's array task or indexed pod runs it:
#
#   scripts/peakwatch-shard.sh I N NAME RESULTS_DIR COMMAND SCENARIO [OPTIONS...]
#
# runs `peakwatch COMMAND SCENARIO OPTIONS... --shard I/N --out NAME-shard-I --results-dir
# RESULTS_DIR`, after deleting the unfinished folder (NAME-shard-I.incomplete) that an earlier,
# stopped attempt at the same shard left. `peakwatch merge` then joins NAME-shard-1..N.
# PEAKWATCH names the program (default: peakwatch), e.g. PEAKWATCH="node /opt/peakwatch/dist/cli.js".
# See docs/scaling.md.
set -euo pipefail

usage() {
  echo "usage: $0 I N NAME RESULTS_DIR COMMAND SCENARIO [OPTIONS...]  (1 <= I <= N)" >&2
  exit 2
}

[ $# -ge 6 ] || usage
index=$1 count=$2 name=$3 dir=$4
shift 4
[[ $index =~ ^[0-9]+$ && $count =~ ^[0-9]+$ ]] || usage
((index >= 1 && index <= count)) || usage
[[ -n $name && $name != */* ]] || { echo "$0: NAME must be a plain folder name" >&2; exit 2; }

read -ra program <<<"${PEAKWATCH:-peakwatch}"
rm -rf -- "$dir/$name-shard-$index.incomplete"
exec "${program[@]}" "$@" --shard "$index/$count" --out "$name-shard-$index" --results-dir "$dir"

"""The M/M/3 work of bench/mm3.yaml as a plain SimPy 3 program, for `npm run bench`.

Calls arrive as a Poisson process of 2.4 an hour; three servers; exponential service of mean
60 minutes (plus the scenario's 0.001 minutes of travel each way); first come, first served.
Each replication simulates 100 days and keeps one record per call (arrival, start, end), from
which it computes the mean wait, the share that waited and the 90th percentile of the wait. With
--rows FILE it also writes every call's record as a CSV row, as peakwatch writes incidents.csv.

Usage: /usr/bin/python3 bench/mm3_simpy.py [--replications 42] [--days 100] [--rows FILE]
"""
import argparse
import csv
import random

import simpy

RATE_PER_MINUTE = 2.4 / 60
MEAN_SERVICE_MINUTES = 60.0
TRAVEL_MINUTES = 0.001
SERVERS = 3


def call(env, officers, arrival, records):
    """One call: wait for an officer, travel, serve, and leave its record."""
    with officers.request() as request:
        yield request
        start = env.now
        yield env.timeout(TRAVEL_MINUTES + random.expovariate(1 / MEAN_SERVICE_MINUTES))
        records.append((arrival, start, env.now))


def arrivals(env, officers, horizon, records):
    """Poisson arrivals until the horizon."""
    while True:
        yield env.timeout(random.expovariate(RATE_PER_MINUTE))
        if env.now >= horizon:
            return
        env.process(call(env, officers, env.now, records))


def replicate(replication, days, writer):
    """Simulates one replication and returns its summary."""
    random.seed(replication)
    env = simpy.Environment()
    officers = simpy.Resource(env, capacity=SERVERS)
    records = []
    horizon = days * 1440
    env.process(arrivals(env, officers, horizon, records))
    env.run()
    records.sort()
    waits = sorted(start - arrival for arrival, start, _ in records)
    if writer is not None:
        for number, (arrival, start, end) in enumerate(records, 1):
            writer.writerow([replication, number, arrival, start, end, start - arrival])
    return {
        "calls": len(waits),
        "mean_wait": sum(waits) / len(waits),
        "share_waited": sum(1 for w in waits if w > 0) / len(waits),
        "p90_wait": waits[int(0.9 * (len(waits) - 1))],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--replications", type=int, default=42)
    parser.add_argument("--days", type=int, default=100)
    parser.add_argument("--rows")
    args = parser.parse_args()
    rows = open(args.rows, "w", newline="") if args.rows else None
    writer = csv.writer(rows, lineterminator="\n") if rows else None
    if writer is not None:
        writer.writerow(["replication", "call", "arrival", "start", "end", "wait"])
    calls = 0
    for replication in range(1, args.replications + 1):
        calls += replicate(replication, args.days, writer)["calls"]
    if rows is not None:
        rows.close()
    print(calls)


if __name__ == "__main__":
    main()

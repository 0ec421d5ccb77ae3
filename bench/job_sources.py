#!/usr/bin/env python3
"""Where a run's Spark jobs come from, read from its Spark event log (stdlib only).

    bench/job_sources.py EVENTLOG_FOLDER_OR_FILE [TOP]

A job is one of: an action the code runs (a write, a checkpoint, a collect), a shuffle map stage
that adaptive query execution submits as a job of its own, or a broadcast adaptive execution
builds. Prints the counts by kind, by job stage (setJobGroup label) and by the call site of the
SQL execution that started them (its first dev.chorus frame), with [actions/map stages/broadcasts].
"""
import collections
import glob
import json
import os
import sys


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    log = path if os.path.isfile(path) else sorted(glob.glob(os.path.join(path, "*")))[0]
    events = []
    with open(log) as f:
        for line in f:
            try:
                events.append(json.loads(line))
            except json.JSONDecodeError:
                break            # the last line of a log still being written
    task_type = {e["Stage ID"]: e["Task Type"] for e in events if e["Event"] == "SparkListenerTaskEnd"}
    sites = {}
    jobs = []
    for e in events:
        kind = e["Event"]
        if kind.endswith("SQLExecutionStart"):
            lines = e.get("details", "").split("\n")
            frame = next((l.strip().replace("dev.chorus.", "") for l in lines if "dev.chorus" in l), "?")
            action = lines[0].split("(")[0].split(".")[-1] if lines else "?"
            sites[str(e["executionId"])] = f"{action:<16} {frame}"
        elif kind == "SparkListenerJobStart":
            props = e.get("Properties") or {}
            details = "".join(s.get("Details", "") for s in e.get("Stage Infos", []))
            if "broadcast exchange" in (props.get("spark.job.tags") or ""):
                what = "broadcast"
            elif task_type.get(max(e["Stage IDs"])) == "ShuffleMapTask":
                what = "map stage"
            else:
                what = "action"
            execution = props.get("spark.sql.execution.root.id") or props.get("spark.sql.execution.id")
            if execution is None:
                frame = next((l.strip().replace("dev.chorus.", "") for l in details.split("\n")
                              if "dev.chorus" in l), "?")
                site = f"{'(rdd)':<16} {frame}"
            else:
                site = sites.get(execution, "?")
            jobs.append((props.get("spark.jobGroup.id") or "(unlabelled)", what, site))
    print(f"Spark jobs: {len(jobs)}")
    for title, key in [("by kind", 1), ("by job stage", 0)]:
        print(title + ":")
        for k, n in collections.Counter(j[key] for j in jobs).most_common():
            print(f"  {n:5d}  {k}")
    print("by call site [actions/map stages/broadcasts]:")
    by_site = collections.defaultdict(collections.Counter)
    for group, what, site in jobs:
        by_site[(group, site)][what] += 1
    for (group, site), c in sorted(by_site.items(), key=lambda kv: -sum(kv[1].values()))[:top]:
        print(f"  {sum(c.values()):5d} [{c['action']}/{c['map stage']}/{c['broadcast']}] {group:<16} {site}")


if __name__ == "__main__":
    main()

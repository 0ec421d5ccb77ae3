"""Helpers of bench/profile (Python 3 standard library only).

  profile_report.py threads PID OUT.json   polls /proc until PID exits: CPU seconds per thread
  profile_report.py report THREADS.json SAMPLES.txt WALL_S
                                           prints CPU by thread kind and task samples by activity

SAMPLES.txt is `jfr print --events jdk.ExecutionSample` output.
"""
import collections
import json
import os
import re
import sys
import time


def poll_threads(pid, out):
    """Largest user+system CPU seen per thread: a thread's figure is lost once it exits."""
    hz = os.sysconf("SC_CLK_TCK")
    seen = {}
    while os.path.exists(f"/proc/{pid}"):
        try:
            tids = os.listdir(f"/proc/{pid}/task")
        except OSError:
            break
        for tid in tids:
            try:
                with open(f"/proc/{pid}/task/{tid}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            name = stat[stat.index("(") + 1:stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2:].split()
            cpu = (int(fields[11]) + int(fields[12])) / hz
            seen[tid] = (name, max(cpu, seen.get(tid, ("", 0.0))[1]))
        time.sleep(1)
    with open(out, "w") as f:
        json.dump([[name, cpu] for name, cpu in seen.values()], f)


THREAD_KINDS = [
    ("Spark task threads", re.compile(r"^Executor task")),
    ("JIT compiler C2", re.compile(r"^C2 Compiler")),
    ("JIT compiler C1", re.compile(r"^C1 Compiler")),
    ("garbage collector", re.compile(r"^(G1 |GC Thread|VM Thread)")),
    ("driver main thread", re.compile(r"^java$")),
]


def thread_kind(name):
    for kind, pattern in THREAD_KINDS:
        if pattern.search(name):
            return kind
    return "other (scheduler, listeners, shuffle, ...)"


SPARK_ACTIVITIES = [
    ("Spark: sort", ("UnsafeExternalSorter", "UnsafeInMemorySorter", "UnsafeKVExternalSorter", "TimSort")),
    ("Spark: Parquet", ("parquet",)),
    ("Spark: hash aggregation", ("BytesToBytesMap", "UnsafeFixedWidthAggregationMap", "HashAggregate")),
    ("Spark: serialisation", ("kryo", "Serializer")),
    ("Spark: code generation", ("janino", "codehaus")),
]


def activity(frames):
    """Outermost Chorus method, else Spark NLP, else which part of Spark's own machinery."""
    ours = [f for f in frames if f.startswith("dev.chorus.")]
    if ours:
        method = ours[-1].split("(")[0].removeprefix("dev.chorus.")
        # "CleanStage.lambda$clean$ebb6395d$1" is the lambda in CleanStage.clean
        return "chorus: " + re.sub(r"\$[0-9a-f]{8}\$\d+$", "", method)
    text = "\n".join(frames)
    if "com.johnsnowlabs" in text:
        return "Spark NLP annotators"
    for name, marks in SPARK_ACTIVITIES:
        if any(m in text for m in marks):
            return name
    return "Spark: generated code, shuffle and other"


def samples(path):
    """Yields (thread name, frames innermost first) per sample of `jfr print` output."""
    with open(path) as f:
        text = f.read()
    for event in text.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', event)
        stack = re.search(r"stackTrace = \[(.*?)\n\s*\]", event, re.S)
        if not thread or not stack:
            continue
        frames = [re.sub(r"\s+line:.*", "", l.strip()) for l in stack.group(1).strip().split("\n")]
        yield thread.group(1), [f for f in frames if f and f != "..."]


def report(threads_path, samples_path, wall):
    with open(threads_path) as f:
        threads = json.load(f)
    by_kind = collections.Counter()
    for name, cpu in threads:
        by_kind[thread_kind(name)] += cpu
    total = sum(by_kind.values())
    print(f"wall {wall} s, JVM CPU {total:.1f} s (threads seen in /proc, polled every second)")
    for kind, cpu in by_kind.most_common():
        print(f"  {cpu:8.1f} s  {100 * cpu / total:5.1f}%  {kind}")
    acts = collections.Counter()
    top = collections.Counter()
    n = 0
    for thread, frames in samples(samples_path):
        if not thread.startswith("Executor task"):
            continue
        n += 1
        acts[activity(frames)] += 1
        top[frames[0].split("(")[0]] += 1
    print(f"\nSpark task threads: {n} JFR samples, by activity (top 25)")
    for name, count in acts.most_common(25):
        print(f"  {100 * count / n:5.1f}%  {name}")
    print("\nSpark task threads: innermost frames (top 15)")
    for name, count in top.most_common(15):
        print(f"  {100 * count / n:5.1f}%  {name}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "threads":
        poll_threads(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "report":
        report(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)

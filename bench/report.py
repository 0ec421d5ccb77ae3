#!/usr/bin/env python3
"""Reads one bench/run result folder and prints the benchmark report (stdlib only).

    bench/report.py bench/runs/n20000-20261122T041500

For each run (job, baseline-sparknlp, baseline-regex) it reads process.json (wall time and peak
RSS polled from /proc by bench/run) and the Spark event log (JSON lines). The job labels its
Spark jobs with setJobGroup at stage boundaries; a stage's time is the time of its Spark jobs plus
the driver time before each of them (planning, listing), so the stage times add up to the
application's run time. Memory peaks come from the executor metrics Spark logs per stage and per
task (JVM heap used, process-tree RSS). Also writes report.json next to the logs.
"""
import glob
import json
import os
import re
import statistics
import sys

RUNS = ["job", "baseline-sparknlp", "baseline-regex"]
STAGE_ORDER = ["list", "ingest+clean", "duplicates", "nlp", "events", "entities", "claims", "agreement/trust", "write", "publish"]


def parse_eventlog(folder):
    files = sorted(glob.glob(os.path.join(folder, "*")), key=lambda f: f.endswith(".inprogress"))
    if not files:
        return None
    app_start = app_end = None
    jobs = {}
    stage_label = {}
    stages = {}
    executors = set()

    def stage(sid):
        return stages.setdefault(sid, {"tasks": 0, "task_ms": [], "cpu_ns": 0, "gc_ms": 0, "shuffle_write": 0,
                                       "shuffle_read": 0, "input": 0, "output": 0, "spill": 0, "heap": 0, "rss": 0,
                                       "peak_exec": 0, "name": ""})

    with open(files[0]) as f:
        for line in f:
            try:
                e = json.loads(line)
            except json.JSONDecodeError:
                break            # the last line of a log still being written

            kind = e["Event"]
            if kind == "SparkListenerApplicationStart":
                app_start = e["Timestamp"]
            elif kind == "SparkListenerApplicationEnd":
                app_end = e["Timestamp"]
            elif kind == "SparkListenerJobStart":
                props = e.get("Properties") or {}
                label = props.get("spark.jobGroup.id") or "(unlabelled)"
                jobs[e["Job ID"]] = {"label": label, "start": e["Submission Time"], "end": None,
                                     "stages": e["Stage IDs"]}
                for s in e["Stage IDs"]:
                    stage_label.setdefault(s, label)
                for info in e.get("Stage Infos", []):
                    stage(info["Stage ID"])["name"] = info["Stage Name"]
            elif kind == "SparkListenerJobEnd":
                jobs[e["Job ID"]]["end"] = e["Completion Time"]
            elif kind == "SparkListenerTaskEnd":
                s = stage(e["Stage ID"])
                info, m = e["Task Info"], e.get("Task Metrics") or {}
                executors.add(info.get("Executor ID"))
                s["tasks"] += 1
                s["task_ms"].append(info["Finish Time"] - info["Launch Time"])
                s["cpu_ns"] += m.get("Executor CPU Time", 0)
                s["gc_ms"] += m.get("JVM GC Time", 0)
                s["spill"] += m.get("Disk Bytes Spilled", 0)
                s["peak_exec"] = max(s["peak_exec"], m.get("Peak Execution Memory", 0))
                s["shuffle_write"] += (m.get("Shuffle Write Metrics") or {}).get("Shuffle Bytes Written", 0)
                r = m.get("Shuffle Read Metrics") or {}
                s["shuffle_read"] += r.get("Local Bytes Read", 0) + r.get("Remote Bytes Read", 0)
                s["input"] += (m.get("Input Metrics") or {}).get("Bytes Read", 0)
                s["output"] += (m.get("Output Metrics") or {}).get("Bytes Written", 0)
                peak(s, e.get("Task Executor Metrics"))
            elif kind == "SparkListenerStageExecutorMetrics":
                executors.add(e["Executor ID"])
                peak(stage(e["Stage ID"]), e.get("Executor Metrics"))
    if app_start is None:
        return None
    return summarize(app_start, app_end, jobs, stage_label, stages, executors)


def peak(s, metrics):
    if metrics:
        s["heap"] = max(s["heap"], metrics.get("JVMHeapMemory", 0))
        s["rss"] = max(s["rss"], metrics.get("ProcessTreeJVMRSSMemory", 0))


def summarize(app_start, app_end, jobs, stage_label, stages, executors):
    done = sorted((j for j in jobs.values() if j["end"] is not None), key=lambda j: j["start"])
    app_end = app_end or (done[-1]["end"] if done else app_start)
    labels = {}

    def lab(name):
        return labels.setdefault(name, {"seconds": 0.0, "job_seconds": 0.0, "jobs": 0, "stages": 0, "tasks": 0,
                                        "task_seconds": 0.0, "cpu_seconds": 0.0, "gc_seconds": 0.0,
                                        "max_task_seconds": 0.0, "median_task_seconds": 0.0,
                                        "shuffle_write_bytes": 0, "shuffle_read_bytes": 0, "input_bytes": 0,
                                        "output_bytes": 0, "spill_bytes": 0, "peak_heap_bytes": 0,
                                        "peak_rss_bytes": 0, "peak_execution_memory_bytes": 0})

    cursor = app_start
    for j in done:
        L = lab(j["label"])
        # the driver time before a job (planning, file listing) belongs to that job's stage
        L["seconds"] += max(0, j["end"] - cursor) / 1000
        L["job_seconds"] += (j["end"] - j["start"]) / 1000
        L["jobs"] += 1
        cursor = max(cursor, j["end"])
    if done and app_end > cursor:
        lab("(after last job)")["seconds"] += (app_end - cursor) / 1000
    task_times = {}
    for sid, s in stages.items():
        if s["tasks"] == 0 and s["heap"] == 0:
            continue     # skipped stage: its output was reused
        L = lab(stage_label.get(sid, "(unlabelled)"))
        L["stages"] += 1 if s["tasks"] else 0
        L["tasks"] += s["tasks"]
        L["task_seconds"] += sum(s["task_ms"]) / 1000
        task_times.setdefault(stage_label.get(sid, "(unlabelled)"), []).extend(s["task_ms"])
        L["cpu_seconds"] += s["cpu_ns"] / 1e9
        L["gc_seconds"] += s["gc_ms"] / 1000
        for k in ("shuffle_write", "shuffle_read", "input", "output", "spill"):
            L[k + "_bytes"] += s[k]
        L["peak_heap_bytes"] = max(L["peak_heap_bytes"], s["heap"])
        L["peak_rss_bytes"] = max(L["peak_rss_bytes"], s["rss"])
        L["peak_execution_memory_bytes"] = max(L["peak_execution_memory_bytes"], s["peak_exec"])
    for name, times in task_times.items():
        if times:
            labels[name]["max_task_seconds"] = max(times) / 1000
            labels[name]["median_task_seconds"] = statistics.median(times) / 1000
    return {"app_seconds": (app_end - app_start) / 1000, "executors": sorted(x for x in executors if x),
            "labels": labels}


GC_PAUSE = re.compile(r"Pause (Young|Full|Remark|Cleanup)[^\n]*? (\d+)M->(\d+)M\((\d+)M\)")


def heap_after_gc(folder):
    """From the JVM's GC log (-Xlog:gc): the largest heap left after any collection, after the
    mixed collections (young plus some old regions) and after full ones (bench/driver_memory forces
    one every 15 s). The heap's peak says little: a JVM fills the heap it is given before
    collecting; what survives a full collection is what the process keeps."""
    path = os.path.join(folder, "gc.log")
    if not os.path.isfile(path):
        return None
    after, mixed, full, pauses, fulls = 0, 0, 0, 0, 0
    for m in GC_PAUSE.finditer(open(path, errors="replace").read()):
        line_after = int(m.group(3))
        pauses += 1
        after = max(after, line_after)
        if m.group(1) == "Full":
            fulls += 1
            full = max(full, line_after)
        elif m.group(0).startswith("Pause Young (Mixed)"):
            mixed = max(mixed, line_after)
    return {"pauses": pauses, "full_collections": fulls, "max_after_mb": after, "max_after_mixed_mb": mixed,
            "max_after_full_mb": full}


def parquet_bytes(folder):
    out = {}
    if not os.path.isdir(folder):
        return out
    for root, _, files in os.walk(folder):
        n = sum(os.path.getsize(os.path.join(root, f)) for f in files if f.endswith(".parquet"))
        if n:
            out[os.path.relpath(root, folder)] = n
    return out


def mb(x):
    return x / 1e6


def main():
    run = sys.argv[1]
    corpus = json.load(open(os.path.join(run, "corpus.json")))
    n, size = corpus["files"], corpus["bytes"]
    report = {"corpus": corpus, "runs": {}}
    for name in RUNS:
        d = os.path.join(run, name)
        if not os.path.isfile(os.path.join(d, "process.json")):
            continue
        proc = json.load(open(os.path.join(d, "process.json")))
        ev = parse_eventlog(os.path.join(d, "eventlog"))
        pq = parquet_bytes(os.path.join(d, "out"))
        report["runs"][name] = {"process": proc, "eventlog": ev, "parquet_bytes": pq, "gc": heap_after_gc(d)}

    p = print
    p(f"Corpus: {n:,} files ({corpus['events']:,} events), {mb(size):.1f} MB, seed {corpus['seed']}")
    p(f"Machine: {os.cpu_count()} CPUs; master {os.environ.get('SPARK_MASTER', 'local[*]')}")
    local = all(set(r["eventlog"]["executors"]) <= {"driver"} for r in report["runs"].values() if r["eventlog"])
    if local:
        p("Local mode: driver and executor are one JVM, so 'driver' and 'executor' memory below are the same process.")
    p("")
    p(f"{'run':<20}{'wall s':>9}{'app s':>9}{'art/s':>9}{'MB/s':>8}{'CPU s':>8}{'art/CPU-s':>10}{'peak heap':>11}{'peak RSS':>10}{'RSS /proc':>11}{'parquet MB':>12}")
    for name, r in report["runs"].items():
        wall = r["process"]["wall_seconds"]
        ev = r["eventlog"] or {"labels": {}, "app_seconds": 0}
        heap = max((L["peak_heap_bytes"] for L in ev["labels"].values()), default=0)
        rss = max((L["peak_rss_bytes"] for L in ev["labels"].values()), default=0)
        cpu = r["process"].get("cpu_seconds") or 0
        r["summary"] = {"wall_seconds": wall, "articles_per_second": n / wall, "mb_per_second": mb(size) / wall,
                        "cpu_seconds": cpu, "articles_per_cpu_second": n / cpu if cpu else None,
                        "peak_heap_bytes": heap, "peak_rss_bytes": rss,
                        "proc_rss_hwm_bytes": r["process"]["rss_hwm_kb"] * 1024,
                        "parquet_bytes": sum(r["parquet_bytes"].values())}
        s = r["summary"]
        p(f"{name:<20}{wall:>9.1f}{ev['app_seconds']:>9.1f}{s['articles_per_second']:>9.1f}{s['mb_per_second']:>8.2f}"
          f"{cpu:>8.0f}{(n / cpu if cpu else 0):>10.1f}"
          f"{mb(heap):>9.0f}MB{mb(rss):>8.0f}MB{mb(s['proc_rss_hwm_bytes']):>9.0f}MB{mb(s['parquet_bytes']):>12.1f}")
    for name, r in report["runs"].items():
        if r["gc"]:
            g = r["gc"]
            p(f"{name:<20}heap after GC: at most {g['max_after_mb']:,} MB after any of {g['pauses']:,} collections, "
              f"{g['max_after_mixed_mb']:,} MB after mixed ones (young and some old regions), "
              f"{g['max_after_full_mb']:,} MB after the {g['full_collections']:,} full ones")
    p("  (wall: process start to exit, JVM and Spark session start included; app: Spark application time;")
    p("   CPU s: the JVM's user+system time from /proc, less disturbed than wall time by other load)")

    job = report["runs"].get("job")
    if job and job["eventlog"]:
        labels = job["eventlog"]["labels"]
        order = [x for x in STAGE_ORDER if x in labels] + sorted(x for x in labels if x not in STAGE_ORDER)
        p("")
        p("Job stages (time = its Spark jobs + driver time before them):")
        p(f"{'stage':<18}{'s':>8}{'%':>5}{'art/s':>9}{'MB/s':>7}{'jobs':>5}{'stgs':>5}{'tasks':>6}{'task s':>8}"
          f"{'cpu s':>7}{'gc s':>6}{'max/med task s':>16}{'shuf MB':>8}{'out MB':>7}{'heap MB':>8}{'RSS MB':>7}")
        app = job["eventlog"]["app_seconds"] or 1
        for name in order:
            L = labels[name]
            t = L["seconds"]
            # a rate over a slice shorter than the clock's resolution says nothing: print "-"
            rate = f"{n / t:>9.0f}{mb(size) / t:>7.2f}" if t >= 0.1 else f"{'-':>9}{'-':>7}"
            p(f"{name:<18}{L['seconds']:>8.1f}{100 * L['seconds'] / app:>5.0f}{rate}"
              f"{L['jobs']:>5}{L['stages']:>5}{L['tasks']:>6}{L['task_seconds']:>8.1f}{L['cpu_seconds']:>7.1f}"
              f"{L['gc_seconds']:>6.1f}{L['max_task_seconds']:>8.1f}/{L['median_task_seconds']:<7.2f}"
              f"{mb(L['shuffle_write_bytes']):>8.1f}{mb(L['output_bytes']):>7.1f}{mb(L['peak_heap_bytes']):>8.0f}"
              f"{mb(L['peak_rss_bytes']):>7.0f}")
        # every Spark job has a fixed cost (scheduling, and the JIT compiling its generated code)
        p(f"Spark jobs per run: {sum(L['jobs'] for L in labels.values())}")
        p("Tables (Parquet MB): " + ", ".join(f"{k} {mb(v):.2f}" for k, v in sorted(job["parquet_bytes"].items())))

    b1, b2 = report["runs"].get("baseline-sparknlp"), report["runs"].get("baseline-regex")
    ratios = {}
    p("")
    if job and b1:
        ratios["job_throughput_over_baseline_sparknlp"] = b1["summary"]["wall_seconds"] / job["summary"]["wall_seconds"]
        p(f"Ratio job throughput / baseline-sparknlp throughput (wall): "
          f"{ratios['job_throughput_over_baseline_sparknlp']:.2f}   (target >= 1.5)")
    if job and b1 and job["summary"]["cpu_seconds"] and b1["summary"]["cpu_seconds"]:
        ratios["job_cpu_throughput_over_baseline_sparknlp"] = b1["summary"]["cpu_seconds"] / job["summary"]["cpu_seconds"]
        p(f"  same ratio by CPU time (articles per CPU-second): {ratios['job_cpu_throughput_over_baseline_sparknlp']:.2f}")
    if job and b2 and job["eventlog"] and b2["eventlog"] and "nlp" in job["eventlog"]["labels"]:
        nlp = job["eventlog"]["labels"]["nlp"]["seconds"]
        b2_work = b2["eventlog"]["labels"].get("baseline-regex", {}).get("seconds") or b2["eventlog"]["app_seconds"]
        ratios["nlp_stage_over_baseline_regex"] = nlp / b2_work
        ratios["nlp_stage_over_baseline_regex_wall"] = nlp / b2["summary"]["wall_seconds"]
        p(f"Ratio nlp stage time / baseline-regex time: {ratios['nlp_stage_over_baseline_regex']:.2f} "
          f"(its Spark work, {b2_work:.1f} s; against its whole wall time "
          f"{ratios['nlp_stage_over_baseline_regex_wall']:.2f})   (target <= 2)")
        b2_cpu = b2["eventlog"]["labels"].get("baseline-regex", {}).get("cpu_seconds")
        if b2_cpu:
            ratios["nlp_stage_cpu_over_baseline_regex_cpu"] = job["eventlog"]["labels"]["nlp"]["cpu_seconds"] / b2_cpu
            p(f"  same ratio by task CPU time: {ratios['nlp_stage_cpu_over_baseline_regex_cpu']:.2f}")
    report["ratios"] = ratios
    with open(os.path.join(run, "report.json"), "w") as f:
        json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()

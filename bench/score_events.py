#!/usr/bin/env python3
"""Scores a run's events against the synthetic corpus's own truth (needs duckdb; .venv/notebooks has it).

    .venv/notebooks/bin/python bench/score_events.py bench/corpora/n20000-s7 bench/runs/<run>/job/out

bench/gen_corpus.py numbers its files in event order, so each file's event is known from its
number alone (the generator's event sizes are replayed; no page is generated). Only the articles
of the run count; bad files (named file-N) have no event. Prints pairwise precision, recall and F1
(two articles are a pair when they are in one event), how many true events were split or merged,
and the largest merges, so that a change to event detection can be measured at scale.
"""
import bisect
import json
import os
import re
import sys
from collections import Counter, defaultdict

import duckdb

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_corpus import event_size  # noqa: E402

NUMBER = re.compile(r"-(\d{7})\.")


def pairs(sizes):
    return sum(n * (n - 1) // 2 for n in sizes)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, out = sys.argv[1], sys.argv[2]
    manifest = json.load(open(os.path.join(corpus, ".chorus-corpus.json")))
    starts, total, e = [], 0, 0
    while total < manifest["articles"]:
        starts.append(total)
        # a wire-heavy corpus's mass reprints are events of wire_copies pages: replayed the same way
        total += event_size(manifest["seed"], e, manifest.get("wire_copies", 0))
        e += 1

    rows = duckdb.sql(f"select path, event_id from read_parquet('{out}/articles/*.parquet')").fetchall()
    truth, found = {}, {}
    for path, event_id in rows:
        name = os.path.basename(path)
        m = NUMBER.search(name)
        if name.startswith("file-") or not m:
            continue
        truth[path] = bisect.bisect_right(starts, int(m.group(1))) - 1
        # an article in no event is an event of its own
        found[path] = event_id if event_id is not None else "alone:" + path

    cells = Counter((truth[a], found[a]) for a in truth)
    true_sizes = Counter(truth.values())
    found_sizes = Counter(found.values())
    tp = pairs(cells.values())
    precision = tp / max(1, pairs(found_sizes.values()))
    recall = tp / max(1, pairs(true_sizes.values()))
    f1 = 2 * precision * recall / max(1e-12, precision + recall)

    parts_of_true = defaultdict(set)
    trues_in_found = defaultdict(set)
    for (t, f) in cells:
        parts_of_true[t].add(f)
        trues_in_found[f].add(t)
    split = sum(1 for t in parts_of_true if len(parts_of_true[t]) > 1)
    merged = [f for f in trues_in_found if len(trues_in_found[f]) > 1]

    print(f"articles scored: {len(truth):,} (bad files are rejects, not articles)")
    print(f"true events: {len(true_sizes):,}; found events: {len(found_sizes):,}")
    print(f"pairwise precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}")
    print(f"true events split over several found events: {split:,}")
    print(f"found events that merge several true events: {len(merged):,} "
          f"(holding {sum(len(trues_in_found[f]) for f in merged):,} true events)")
    largest = sorted(merged, key=lambda f: (-len(trues_in_found[f]), f))[:5]
    for f in largest:
        print(f"  {f}: {len(trues_in_found[f])} true events, {found_sizes[f]} articles")


if __name__ == "__main__":
    main()

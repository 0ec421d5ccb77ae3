#!/usr/bin/env python3
"""Scores a run's copy groups against the synthetic corpus's truth (needs duckdb; .venv/notebooks has it).

    .venv/notebooks/bin/python bench/score_copies.py bench/corpora/n20000-s7-w500 bench/runs/<run>/job/out

bench/gen_corpus.py writes .chorus-copies.json: every group of files that reprint one agency story.
The run's groups are its originals with their copies (articles.duplicate_of). Only files that are
articles of the run count. Prints pairwise precision and recall (two articles are a pair when they
are in one group), and how many true groups were found exactly, split or merged.
"""
import json
import os
import sys
from collections import Counter, defaultdict

import duckdb


def pairs(sizes):
    return sum(n * (n - 1) // 2 for n in sizes)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    corpus, out = sys.argv[1], sys.argv[2]
    truth_groups = json.load(open(os.path.join(corpus, ".chorus-copies.json")))
    rows = duckdb.sql(f"select path, article_id, duplicate_of from read_parquet('{out}/articles/*.parquet')").fetchall()
    by_file = {}
    for path, article_id, duplicate_of in rows:
        rel = "/".join(path.replace("\\", "/").split("/")[-2:])   # shard-NNNNN/name.ext, as the truth names it
        by_file[rel] = duplicate_of or article_id
    truth = {}
    for g, files in enumerate(truth_groups):
        for f in files:
            if f in by_file:
                truth[f] = g
    # every article is in one found group (its original's), copies or not
    found = by_file
    cells = Counter((truth.get(f), found[f]) for f in found)
    both = pairs(n for (t, _), n in cells.items() if t is not None)
    found_pairs = pairs(Counter(found.values()).values())
    true_pairs = pairs(Counter(truth.values()).values())
    precision = both / found_pairs if found_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    members = defaultdict(set)
    for f, g in found.items():
        members[g].add(f)
    true_members = defaultdict(set)
    for f, g in truth.items():
        true_members[g].add(f)
    exact = sum(1 for fs in true_members.values() if members[found[next(iter(fs))]] == fs)
    split = sum(1 for fs in true_members.values() if len({found[f] for f in fs}) > 1)
    merged = sum(1 for fs in members.values() if len({truth.get(f) for f in fs if f in truth}) > 1)
    print(f"copy groups  true {len(true_members)} ({sum(len(v) for v in true_members.values())} articles), "
          f"found {sum(1 for v in members.values() if len(v) > 1)} "
          f"({sum(len(v) for v in members.values() if len(v) > 1)} articles)")
    print(f"pairwise     precision {precision:.4f}  recall {recall:.4f}  ({both} of {found_pairs} found pairs true, "
          f"of {true_pairs} true pairs)")
    print(f"groups       exact {exact}  split {split}  merged {merged}")
    json.dump({"precision": precision, "recall": recall, "true_groups": len(true_members), "exact": exact,
               "split": split, "merged": merged}, sys.stderr)
    print(file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Person entities that merge two people of a synthetic bench corpus (bench/gen_corpus.py).

    .venv/notebooks/bin/python bench/score_entities.py RUN_OUTPUT

The generator gives every person a given name (from its FIRST list) and a surname, and many people share a surname; its
spelling variants change the surname or turn a final "y" of the given name into "i" ("Yury"/"Yuri"),
never the given name otherwise. So a person entity whose variants hold full names with two given
names (after that fold) holds two people. Prints how many person entities do, how many of the claims
name such an entity as their subject, and a few examples. Needs duckdb.
"""
import os
import sys

import duckdb

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_corpus import FIRST  # noqa: E402  the generator's given names

GIVEN = {g.rstrip("y").rstrip("i").lower() for g in FIRST}


def given(name):
    words = name.split()
    # a variant may carry its title ("Mayor Agnes Graan"): the given name is the word before the surname
    return words[-2].rstrip("y").rstrip("i").lower() if len(words) >= 2 else None


def main():
    out = sys.argv[1]
    rows = duckdb.sql(f"select canonical, variants from read_parquet('{out}/entities/*.parquet') "
                      "where kind = 'person'").fetchall()
    merged = []
    for canonical, variants in rows:
        # only the generator's given names: "Foreign Minister Briern" names a title, not a given name
        givens = {given(v) for v in variants if len(v.split()) >= 2} & GIVEN
        if len(givens) >= 2:
            merged.append((canonical, sorted(givens)))
    bad = {c for c, _ in merged}
    subjects = duckdb.sql(f"select subject, count(*) from read_parquet('{out}/claims/*.parquet') "
                          "where subject is not null group by 1").fetchall()
    claims = sum(n for s, n in subjects if s in bad)
    print(f"person entities: {len(rows)}; holding two or more people: {len(merged)}; "
          f"claims whose subject is such an entity: {claims}")
    for c, g in sorted(merged)[:5]:
        print(f"  {c}: given names {', '.join(g)}")


if __name__ == "__main__":
    main()

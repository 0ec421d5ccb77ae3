#!/usr/bin/env python3
"""Compares two Chorus output folders table by table, rows sorted (needs duckdb; .venv/notebooks has it).

    .venv/notebooks/bin/python bench/compare_tables.py out/before out/after

Used to check that a performance change leaves every table's content as it was; run both builds
on the same input (`path` holds the input file's path, so it compares equal too).
"""
import sys

import duckdb

TABLES = ["articles", "sentences", "rejects", "events", "entities", "claims", "claim_frequency", "conflicts",
          "source_agreement", "source_trust"]


def rows(folder, table):
    rel = duckdb.sql(f"select * from read_parquet('{folder}/{table}/*.parquet')")
    cols = rel.columns
    return cols, sorted(tuple(repr(v) for v in r) for r in rel.fetchall())


def main():
    a, b = sys.argv[1], sys.argv[2]
    same = True
    for t in TABLES:
        ca, ra = rows(a, t)
        cb, rb = rows(b, t)
        ok = ca == cb and ra == rb
        same &= ok
        print(f"{t:<18}{len(ra):>8} rows  {len(rb):>8} rows  {'same' if ok else 'DIFFERENT'}")
        if not ok:
            for x in sorted(set(ra) ^ set(rb))[:3]:
                print("   ", "only in " + (a if x in set(ra) else b) + ":", x[:6])
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()

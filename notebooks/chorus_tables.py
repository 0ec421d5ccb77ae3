"""What every Chorus notebook does first: find a run's output folder and query its Parquet tables.

    from chorus_tables import open_run
    OUT, table, q = open_run(OUT)
    q(f"SELECT count(*) FROM {table('articles')}")

`table(name)` is the DuckDB `read_parquet(...)` expression for one table (a folder of part files
written by Spark); `q(sql)` runs a query and returns a pandas DataFrame. `first(df, n, what)` cuts a
long table for display and says how many rows are left, so a notebook stays readable on a big run.
"""
from pathlib import Path

import duckdb
import pandas as pd


def open_run(out):
    """The resolved output folder, table() and q() for one Chorus run; fails clearly if it is not one."""
    pd.set_option("display.max_colwidth", 80)
    pd.set_option("display.width", 160)

    out = Path(out).expanduser().resolve()
    if not out.is_dir():
        raise FileNotFoundError(
            f"Chorus output folder not found: {out}. Run `jobs/chorus demo --output {out}` "
            "or set CHORUS_OUT to the output folder of a run."
        )
    con = duckdb.connect()

    def table(name):
        """The read_parquet(...) expression for one table of the run (a Spark-written folder of part files)."""
        folder = out / name
        if not any(folder.glob("*.parquet")):
            raise FileNotFoundError(f"no Parquet files in {folder}: is {out} the output folder of a Chorus run?")
        pattern = str(folder / "*.parquet").replace("'", "''")
        return f"read_parquet('{pattern}')"

    def q(sql):
        """Run a query and return a pandas DataFrame."""
        return con.sql(sql).df()

    return out, table, q


def first(df, n, what="rows"):
    """The first n rows of df, with a line saying how many more there are (the whole df when it is short)."""
    if len(df) > n:
        print(f"first {n} of {len(df)} {what} shown ({len(df) - n} more not shown)")
        return df.head(n)
    return df

"""Run every notebook in notebooks/ headless against a real Chorus output folder.

Where the output folder comes from:
- the environment variable CHORUS_OUT, if set (it must be an existing folder);
- otherwise the real job is run once per session on the sample: `jobs/chorus demo --output <tmp>/out`.

Run from the repo root with the notebooks venv:
    .venv/notebooks/bin/python -m pytest -q notebooks/tests
"""

import contextlib
import os
import re
import subprocess
import sys
from pathlib import Path

import jupytext
import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS_DIR = Path(__file__).resolve().parents[1]
REPO = NOTEBOOKS_DIR.parent
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
KERNEL = "python3"
CELL_TIMEOUT = 300  # seconds, per cell
JOB_TIMEOUT = 1800  # seconds, for jobs/chorus (may build the project first)

# What each notebook must show once executed: regexes over its text outputs whose first group is a count > 0.
MUST_SHOW = {
    "01_corpus_overview.ipynb": [r"articles kept\s+(\d+)"],
    "02_claims.ipynb": [r"(\d+) claim clusters in \d+ events", r"\d+ claim clusters in (\d+) events"],
    "03_agreement.ipynb": [r"(\d+) source pairs overall"],
    "04_conflicts.ipynb": [r"(\d+) conflicts \(", r"(\d+) sources with a trust score"],
}


def ids(paths):
    return [p.name for p in paths]


# ---------------------------------------------------------------------------------------------------------------
# The output folder of a Chorus run


@pytest.fixture(scope="session")
def chorus_out(tmp_path_factory):
    env = os.environ.get("CHORUS_OUT")
    if env:
        out = Path(env).expanduser().resolve()
        if not out.is_dir():
            pytest.fail(f"CHORUS_OUT={env!r} is not an existing folder: point it at the output folder of a "
                        f"Chorus run (jobs/chorus --output DIR), or unset it to have the tests run the job.")
        return out

    job = REPO / "jobs" / "chorus"
    if not job.is_file():
        pytest.fail(f"{job} not found: set CHORUS_OUT to the output folder of a Chorus run instead.")
    out = tmp_path_factory.mktemp("chorus") / "out"
    # The job's own output (build log, Spark log) is captured by pytest and shown if this fails.
    subprocess.run([str(job), "demo", "--output", str(out)], check=True, cwd=REPO, timeout=JOB_TIMEOUT)
    if not out.is_dir():
        pytest.fail(f"jobs/chorus exited 0 but wrote no output folder at {out}")
    return out


@contextlib.contextmanager
def notebook_env(out):
    """Environment for the kernel: CHORUS_OUT, and this venv's kernel specs found first."""
    saved = {k: os.environ.get(k) for k in ("CHORUS_OUT", "JUPYTER_PATH")}
    os.environ["CHORUS_OUT"] = str(out)
    venv_kernels = str(Path(sys.prefix) / "share" / "jupyter")
    os.environ["JUPYTER_PATH"] = os.pathsep.join(p for p in (venv_kernels, saved["JUPYTER_PATH"]) if p)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


_executed = {}


def execute(path, out):
    """Execute one notebook (once per session) and return it with its outputs; fail the test on a cell error."""
    if path not in _executed:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(
            nb,
            kernel_name=KERNEL,
            timeout=CELL_TIMEOUT,
            resources={"metadata": {"path": str(NOTEBOOKS_DIR)}},
        )
        try:
            with notebook_env(out):
                client.execute()
        except CellExecutionError as e:
            _executed[path] = e
        else:
            _executed[path] = nb
    result = _executed[path]
    if isinstance(result, CellExecutionError):
        message = re.sub(r"\x1b\[[0-9;]*m", "", str(result))  # the kernel's traceback, without colours
        pytest.fail(f"{path.name}: a cell failed (CHORUS_OUT={out})\n{message}", pytrace=False)
    return result


def text_outputs(nb):
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream":
                yield output.get("text", "")
            elif "data" in output:
                yield output["data"].get("text/plain", "")


def section_text(nb, heading):
    """Text outputs of the code cells under one markdown heading, up to the next markdown heading."""
    inside, texts = False, []
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            first = cell.source.strip().splitlines()[0].strip() if cell.source.strip() else ""
            if first == heading:
                inside = True
            elif inside and first.startswith("#"):
                break
        elif inside:
            texts.extend(text_outputs(nbformat.from_dict({"cells": [cell]})))
    assert inside, f"no markdown heading {heading!r}"
    return "\n".join(texts)


def count_rows(out, table, where="true"):
    import duckdb

    return duckdb.sql(f"select count(*) from read_parquet('{out}/{table}/*.parquet') where {where}").fetchall()[0][0]


def event_of(out, file_name):
    """The event_id the job gave the article read from one sample file (planted facts name files, not ids)."""
    import duckdb

    rows = duckdb.sql(f"select distinct event_id from read_parquet('{out}/articles/*.parquet') "
                      f"where path like '%/{file_name}'").fetchall()
    assert len(rows) == 1, f"{file_name}: expected one article in {out}/articles, found events {rows}"
    return rows[0][0]


# ---------------------------------------------------------------------------------------------------------------
# Tests


def test_there_are_notebooks():
    assert NOTEBOOKS, f"no .ipynb in {NOTEBOOKS_DIR}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_notebook_runs(path, chorus_out):
    nb = execute(path, chorus_out)
    for i, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", f"cell {i} of {path.name} output an error"
        if cell.cell_type == "code" and "plt.show()" in cell.source:
            assert any("image/png" in o.get("data", {}) for o in cell.outputs), \
                f"cell {i} of {path.name} calls plt.show() but shows no image"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_notebook_shows_data(path, chorus_out):
    patterns = MUST_SHOW.get(path.name)
    if not patterns:
        pytest.skip(f"no expectations listed for {path.name} in MUST_SHOW")
    text = "\n".join(text_outputs(execute(path, chorus_out)))
    for pattern in patterns:
        m = re.search(pattern, text)
        assert m, f"{path.name}: no output matches {pattern!r}; outputs were:\n{text[:3000]}"
        assert int(m.group(1)) > 0, f"{path.name}: {m.group(0)!r}: expected a count > 0 (CHORUS_OUT={chorus_out})"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_notebook_paired_with_py(path):
    py = path.with_suffix(".py")
    assert py.is_file(), f"{path.name} has no paired {py.name} (jupytext --set-formats ipynb,py:percent {path.name})"
    nb = jupytext.read(path)
    text = jupytext.read(py, fmt="py:percent")
    formats = nb.metadata.get("jupytext", {}).get("formats", "")
    assert "py:percent" in formats, f"{path.name} is not paired with a py:percent file (formats={formats!r})"

    def cells(notebook):
        return [(c.cell_type, c.source) for c in notebook.cells]

    assert cells(nb) == cells(text), (
        f"{path.name} and {py.name} are out of sync: edit the .py and run "
        f"`jupytext --to ipynb notebooks/{py.name}` (or `jupytext --sync notebooks/{path.name}`)"
    )


def test_every_paired_py_has_its_notebook():
    for py in sorted(NOTEBOOKS_DIR.glob("*.py")):
        if "formats: ipynb,py:percent" in py.read_text(encoding="utf-8"):
            assert py.with_suffix(".ipynb").is_file(), f"{py.name} has no {py.stem}.ipynb: jupytext --to ipynb {py.name}"


def test_corpus_overview_counts_match_the_tables(chorus_out):
    import duckdb

    text = "\n".join(text_outputs(execute(NOTEBOOKS_DIR / "01_corpus_overview.ipynb", chorus_out)))

    def count(table):
        return duckdb.sql(f"select count(*) from read_parquet('{chorus_out}/{table}/*.parquet')").fetchall()[0][0]

    files_read = int(re.search(r"files read\s+(\d+)", text).group(1))
    assert files_read == count("articles") + count("rejects"), "every file is an article or a reject"
    assert int(re.search(r"rejects\s+(\d+)", text).group(1)) == count("rejects")


# The sample corpus plants (data/README.md): all six outlets on the first meeting print Sarnov's "The talks were
# frank, substantive and useful"; two true conflicts, both in that event and both with Daily Courant alone on the
# minority side ("nearly five hours" against three hours; "former foreign minister Anton Lisk" against Foreign
# Minister); Daily Courant is the least trustworthy outlet. The assertions below check that the notebooks show
# those facts, not particular numbers.
COURANT = "Daily Courant"
COURANT_FILE = "courant-vostrikov-envoy-marathon.txt"


def test_claims_notebook_shows_corroborated_and_single_source_claims(chorus_out):
    nb = execute(NOTEBOOKS_DIR / "02_claims.ipynb", chorus_out)
    intro = section_text(nb, "# Chorus: claims and how well they are corroborated")
    shown = int(re.search(r"(\d+) claim clusters in", intro).group(1))
    assert shown == count_rows(chorus_out, "claim_frequency"), "the notebook reads every claim cluster"

    top = section_text(nb, "## The most corroborated claims per event")
    assert "frank, substantive and useful" in top, \
        f"Sarnov's quote, printed by every outlet on the first meeting, is not among the top claims:\n{top[:3000]}"

    single = section_text(nb, "## Single-source claims")
    assert re.search(rf"^\s+{COURANT}\s+duration\s+meeting\.duration\s", single, re.M), \
        f"Daily Courant's 'nearly five hours' (only it reports it) is not listed as single-source:\n{single[:3000]}"


def test_agreement_notebook_shows_who_disagrees(chorus_out):
    nb = execute(NOTEBOOKS_DIR / "03_agreement.ipynb", chorus_out)
    intro = section_text(nb, "# Chorus: which sources agree with which")
    assert int(re.search(r"(\d+) source pairs overall", intro).group(1)) == \
        count_rows(chorus_out, "source_agreement", "event_id is null")

    # Default event: the most independent sources. The first meeting has six outlets; the second also six, but two
    # of them print one NPA wire story, so it has five independent ones.
    chosen = re.search(r"\(event_id (\S+);", intro).group(1)
    assert chosen == event_of(chorus_out, COURANT_FILE), f"default event is not the first meeting: {intro}"

    for heading in ("## Agreement over the whole corpus", "## Agreement on one event"):
        text = section_text(nb, heading)
        disagreeing = re.findall(r"disagree: (.+) vs (.+): agreement", text)
        assert disagreeing, f"{heading}: no pair with a conflict shown:\n{text}"
        for a, b in disagreeing:
            assert COURANT in (a, b), f"{heading}: {a} vs {b} disagree, but only Daily Courant has minority values"


def parse_conflicts(text):
    """The 'Each conflict with its evidence' listing as [{slot, event, sides: [{verdict, value, n, sources, text}]}]."""
    conflicts = []
    for line in text.splitlines():
        if m := re.match(r"Conflict \d+: (.+?) \((\w+)\), event: (.*)$", line):
            conflicts.append({"slot": m.group(1), "event": m.group(3), "sides": []})
        elif m := re.match(r"  (likely_true|likely_false)\s+(.+?)\s+confidence ([\d.]+), (\d+) sources?$", line):
            conflicts[-1]["sides"].append({"verdict": m.group(1), "value": m.group(2), "n": int(m.group(4)),
                                           "sources": [], "text": ""})
        elif m := re.match(r"      (.+?) \(trust [\d.]+\): (.*)$", line):
            side = conflicts[-1]["sides"][-1]
            side["sources"].append(m.group(1))
            side["text"] += " " + m.group(2)
        elif line.startswith("        "):  # a wrapped evidence sentence
            conflicts[-1]["sides"][-1]["text"] += " " + line.strip()
    return conflicts


def test_conflicts_notebook_shows_the_planted_conflicts(chorus_out):
    import duckdb

    nb = execute(NOTEBOOKS_DIR / "04_conflicts.ipynb", chorus_out)
    conflicts = parse_conflicts(section_text(nb, "## Each conflict with its evidence"))
    n_table = duckdb.sql(f"select count(distinct conflict_id) from read_parquet('{chorus_out}/conflicts/*.parquet')") \
        .fetchall()[0][0]
    assert len(conflicts) == n_table, "every conflict of the table is shown"

    for c in conflicts:
        verdicts = sorted(s["verdict"] for s in c["sides"])
        assert verdicts.count("likely_true") == 1 and len(verdicts) >= 2, f"{c['slot']}: sides {verdicts}"
        for side in c["sides"]:
            assert side["sources"], f"{c['slot']} = {side['value']}: no evidence sentence shown"
        losing = [s for s in c["sides"] if s["verdict"] == "likely_false"]
        assert any(s["sources"] == [COURANT] for s in losing), \
            f"{c['slot']}: the planted conflicts all have Daily Courant alone on the losing side: {c}"

    def planted(slot_word, evidence):
        for c in conflicts:
            if slot_word in c["slot"]:
                winner = next(s for s in c["sides"] if s["verdict"] == "likely_true")
                loser = next(s for s in c["sides"] if s["sources"] == [COURANT])
                if evidence in loser["text"].lower() and loser["verdict"] == "likely_false" \
                        and winner["n"] > loser["n"] and COURANT not in winner["sources"]:
                    return c
        return None

    assert planted("duration", "nearly five hours"), f"meeting duration conflict not shown: {conflicts}"
    assert planted("Anton Lisk", "former foreign minister"), f"Anton Lisk's title conflict not shown: {conflicts}"

    trust = section_text(nb, "## Source trust")
    assert re.search(rf"lowest trust: {COURANT} \(", trust), f"Daily Courant is not the least trusted:\n{trust}"

# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Chorus: conflicts and which sources to trust
#
# A **conflict** is two claim clusters of one event that answer the same question (slot) with values that cannot
# both be true: "three hours" against "nearly five hours", "Foreign Minister" against "former foreign minister".
# Compatible wordings ("over four hours", "more than 4 hours") are not conflicts: they share a cluster.
#
# Chorus does not count heads to decide which side is right: truth discovery (TruthFinder) weighs each side by
# the trust of its sources, and a source's trust by how often its tested claims turn out confident. This notebook
# shows, from the `conflicts` table (one row per claim on either side):
#
# - **every conflict**, both sides: value, sources, the evidence sentences, how many sources support it, its
#   confidence and the verdict (`likely_true` / `likely_false`);
# - **source trust** (`source_trust`): a bar chart of trust, and of how many claims of each source were
#   corroborated by another source or lost a conflict.
#
# **Pointing it at another run.** The first code cell reads the output folder from `CHORUS_OUT` (default `../out`,
# the sample run written by `jobs/chorus`). Only the tables `conflicts`, `source_trust` and `events` are needed.
#
# On a big run it lists the first `MAX_CONFLICTS` conflicts with their evidence: those of the chosen event
# (`EVENT`, or `CHORUS_EVENT`: an `event_id`) first, then those with the most sources behind them, with a count
# of what is left. The trust chart shows the `TOP_SOURCES` sources with the most claim clusters.

# %% tags=["parameters"]
import os

OUT = os.environ.get("CHORUS_OUT", "../out")
EVENT = os.environ.get("CHORUS_EVENT") or None  # an event_id whose conflicts are listed first; None: no preference
MAX_CONFLICTS = 20  # conflicts listed with their evidence
MAX_EVIDENCE = 5  # sources quoted per side of a conflict (one sentence each)
TOP_SOURCES = 25  # sources drawn in the trust chart: those with the most claim clusters
MAX_ROWS = 40  # rows of a long table

# %%
# %matplotlib inline
import textwrap

import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
import pandas as pd

from chorus_tables import first, open_run

OUT, table, q = open_run(OUT)

# Titles are compared corpus-wide, so a title conflict has no event_id.
CORPUS_WIDE = "(corpus-wide: a title)"
events = q(f"SELECT event_id, label FROM {table('events')}")
LABELS = dict(zip(events["event_id"], events["label"]))

conflicts = q(f"""
    SELECT conflict_id, event_id, slot, kind, value, source, article_id, sentence, n_sources, cluster_id,
           confidence, verdict
    FROM {table('conflicts')}
""")
conflicts["event"] = conflicts["event_id"].map(lambda e: CORPUS_WIDE if pd.isna(e) else LABELS.get(e, e))
trust = q(f"""
    SELECT source, trust, n_claims, n_corroborated, n_contradicted, n_exclusive
    FROM {table('source_trust')}
    ORDER BY trust DESC, source
""")
TRUST = dict(zip(trust["source"], trust["trust"]))
if EVENT is not None and EVENT not in LABELS:
    raise ValueError(f"EVENT={EVENT!r} is not an event of this run: see its events table")

print(f"Chorus output: {OUT}")
print(f"{conflicts['conflict_id'].nunique()} conflicts ({len(conflicts)} claims on their sides), "
      f"{len(trust)} sources with a trust score")

# %% [markdown]
# ## The conflicts at a glance
#
# One row per side of each conflict: its value, how many sources support it, its confidence and the verdict.

# %%
sides = (
    conflicts.groupby(["conflict_id", "event", "slot", "kind", "cluster_id", "value", "verdict"], dropna=False)
    .agg(n_sources=("n_sources", "max"), confidence=("confidence", "max"),
         sources=("source", lambda s: ", ".join(sorted(set(s)))))
    .reset_index()
)
# Reading order: the chosen event's conflicts first, then those with the most sources on their sides.
weight = sides.groupby("conflict_id")["n_sources"].sum()
chosen = set(conflicts.loc[conflicts["event_id"] == EVENT, "conflict_id"]) if EVENT else set()
sides = (sides.assign(_chosen=~sides["conflict_id"].isin(chosen), _weight=-sides["conflict_id"].map(weight))
         .sort_values(["_chosen", "_weight", "event", "slot", "conflict_id", "confidence"],
                      ascending=[True, True, True, True, True, False])
         .drop(columns=["_chosen", "_weight"]))
order = {c: i + 1 for i, c in enumerate(dict.fromkeys(sides["conflict_id"]))}
sides.insert(0, "conflict", sides["conflict_id"].map(order))
first(sides[["conflict", "event", "slot", "value", "verdict", "confidence", "n_sources", "sources"]]
      .assign(confidence=sides["confidence"].round(3)).reset_index(drop=True), MAX_ROWS, "sides of conflicts")

# %% [markdown]
# ## Each conflict with its evidence
#
# For every side: the verdict, the value, its confidence, the sources (with their trust) and the sentence each
# one printed (one sentence per source, at most `MAX_EVIDENCE` sources per side). The side marked `likely_true` has the highest confidence after weighing its sources' trust.

# %%
def wrap(text, indent):
    return textwrap.fill(" ".join(str(text).split()), width=110, initial_indent=indent,
                         subsequent_indent=indent + "  ")


if conflicts.empty:
    print("no conflicts in this run")
elif len(order) > MAX_CONFLICTS:
    print(f"first {MAX_CONFLICTS} of {len(order)} conflicts shown ({len(order) - MAX_CONFLICTS} more not shown)\n")
claims_of = conflicts.groupby(["conflict_id", "cluster_id"])
for conflict_id, side_rows in sides[sides["conflict"] <= MAX_CONFLICTS].groupby("conflict", sort=True):
    head = side_rows.iloc[0]
    print(f"Conflict {head['conflict']}: {head['slot']} ({head['kind']}), event: {head['event']}")
    for side in side_rows.itertuples():
        print(f"  {side.verdict:<13} {side.value!s:<26} confidence {side.confidence:.3f}, "
              f"{side.n_sources} source{'s' if side.n_sources != 1 else ''}")
        claims = claims_of.get_group((side.conflict_id, side.cluster_id)).sort_values(["source", "article_id"])
        # one sentence per source, at most MAX_EVIDENCE sources
        shown = claims.drop_duplicates("source").head(MAX_EVIDENCE)
        for claim in shown.itertuples():
            source_trust = TRUST.get(claim.source)
            who = f"{claim.source} (trust {source_trust:.3f})" if source_trust is not None else claim.source
            print(wrap(f"{who}: {claim.sentence}", "      "))
        if len(claims) > len(shown):
            print(f"      ... {len(claims) - len(shown)} more sentences "
                  f"({claims['source'].nunique() - len(shown)} more sources) not shown")
    print()

# %% [markdown]
# ## Source trust
#
# Left: each source's trust (0 to 1), sources that lost at least one conflict in red (on a big run, the
# `TOP_SOURCES` sources with the most claim clusters). Right: of each source's
# claim clusters, how many another source also reports (*corroborated*), how many lost a conflict
# (*contradicted*) and how many nobody else reports (*exclusive*: they say nothing about accuracy and do not move
# trust).

# %%
if trust.empty:
    print("no source trust in this run")
else:
    lowest = trust.sort_values(["trust", "source"]).iloc[0]
    highest = trust.iloc[0]
    print(f"highest trust: {highest['source']} ({highest['trust']:.3f})")
    print(f"lowest trust: {lowest['source']} ({lowest['trust']:.3f})")

    shown = trust
    if len(trust) > TOP_SOURCES:
        shown = (trust.sort_values(["n_claims", "source"], ascending=[False, True]).head(TOP_SOURCES)
                 .sort_values(["trust", "source"], ascending=[False, True]))
        print(f"chart: the {TOP_SOURCES} sources with the most claim clusters ({len(trust) - TOP_SOURCES} more not shown)")
    fig, (left, right) = plt.subplots(1, 2, figsize=(13, 0.45 * max(len(shown), 3) + 1.5), sharey=True)
    colours = ["tab:red" if n > 0 else "tab:blue" for n in shown["n_contradicted"]]
    left.barh(shown["source"], shown["trust"], color=colours)
    for y, t in enumerate(shown["trust"]):
        left.text(t + 0.01, y, f"{t:.3f}", va="center", fontsize=8)
    left.set_xlim(0, 1.12)
    left.invert_yaxis()
    left.set_title("Trust (red: lost a conflict)")
    left.set_xlabel("trust")

    y = range(len(shown))
    h = 0.27
    right.barh([i - h for i in y], shown["n_corroborated"], height=h, label="corroborated", color="tab:green")
    right.barh(list(y), shown["n_contradicted"], height=h, label="contradicted", color="tab:red")
    right.barh([i + h for i in y], shown["n_exclusive"], height=h, label="exclusive", color="0.6")
    right.xaxis.set_major_locator(MaxNLocator(integer=True))
    right.legend(loc="lower right")
    right.set_title("Claim clusters per source")
    right.set_xlabel("claim clusters")
    plt.tight_layout()
    plt.show()

first(trust.assign(trust=trust["trust"].round(3)), MAX_ROWS, "sources (highest trust first)")

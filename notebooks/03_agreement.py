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
# # Chorus: which sources agree with which
#
# The `source_agreement` table holds one row per pair of sources that report on the same event: per event, and
# once more for the whole corpus (those rows have no `event_id`). This notebook draws it as source-by-source
# heatmaps:
#
# - **agreement** = agree / (agree + conflict): of the claims two sources can be compared on, the share where they
#   say the same thing. 1.0 means they never contradict each other;
# - **coverage (Jaccard)** = shared / (shared + only_a + only_b): how much of what they report overlaps at all.
#
# Both are shown for the whole corpus and for one event (the parameter `EVENT`; by default the event with the
# most independent sources). A syndicated copy counts with its original outlet, so a wire story printed twice is
# not a second witness.
#
# Reading the heatmaps: a number is the pair's value; **n/a** on a hatched cell means the pair reports the same
# event but has nothing comparable (agreement is null); a dash on a blank cell means the two never report the
# same event; the grey diagonal is a source against itself.
#
# **Pointing it at another run.** The first code cell reads the output folder from `CHORUS_OUT` (default `../out`,
# the sample run written by `jobs/chorus`) and the event from `CHORUS_EVENT` (an `event_id`; default: the event
# with the most independent sources). Only the tables `source_agreement` and `events` are needed.
#
# On a big run the heatmaps show the `TOP_SOURCES` sources that report the most events (the title says how many
# are left out; numbers are written in the cells up to 25 sources), and lists and tables stop after `MAX_ROWS`
# rows with a count of what is left.

# %% tags=["parameters"]
import os

OUT = os.environ.get("CHORUS_OUT", "../out")
EVENT = os.environ.get("CHORUS_EVENT") or None  # an event_id; None: the event with the most independent sources
TOP_SOURCES = 20  # sources drawn in a heatmap: those reporting the most events
MAX_ROWS = 30  # rows of a long table, lines of a long listing

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle
import numpy as np
import pandas as pd

from chorus_tables import first, open_run

OUT, table, q = open_run(OUT)

events = q(f"""
    SELECT event_id, label, date, n_articles, n_sources
    FROM {table('events')}
    ORDER BY n_sources DESC, n_articles DESC, date, label
""")
pairs = q(f"""
    SELECT source_a, source_b, event_id, shared, agree, conflict, only_a, only_b, agreement, coverage_jaccard
    FROM {table('source_agreement')}
""")
overall = pairs[pairs["event_id"].isna()]

if EVENT is None:
    # The event with the most sources in its pairs (independent sources: a wire copy counts with its original),
    # then the most sources and articles in `events`.
    in_pairs = pd.concat([pairs[["event_id", "source_a"]].set_axis(["event_id", "source"], axis=1),
                          pairs[["event_id", "source_b"]].set_axis(["event_id", "source"], axis=1)])
    paired_sources = in_pairs.dropna().groupby("event_id")["source"].nunique()
    ranked = events.assign(paired_sources=events["event_id"].map(paired_sources).fillna(0).astype(int))
    ranked = ranked.sort_values(["paired_sources", "n_sources", "n_articles"], ascending=False, kind="stable")
    if ranked.empty:
        raise ValueError(f"the events table of {OUT} is empty: there is no event to show")
    EVENT = ranked["event_id"].iloc[0]
if EVENT not in set(events["event_id"]):
    raise ValueError(f"EVENT={EVENT!r} is not an event of this run: see its events table")
event = events.set_index("event_id").loc[EVENT]
per_event = pairs[pairs["event_id"] == EVENT]

print(f"Chorus output: {OUT}")
print(f"{len(overall)} source pairs overall, {len(pairs) - len(overall)} per event")
print(f"event: {event['label']} (event_id {EVENT}; {event['n_sources']} sources, {event['n_articles']} articles)")

# Sources ranked by how many events they share with another source: the heatmaps draw the first TOP_SOURCES.
per_event_pairs = pairs[pairs["event_id"].notna()]
events_per_source = (pd.concat([per_event_pairs[["event_id", "source_a"]].set_axis(["event_id", "source"], axis=1),
                                per_event_pairs[["event_id", "source_b"]].set_axis(["event_id", "source"], axis=1)])
                     .drop_duplicates().groupby("source").size())
SOURCE_RANK = {s: i for i, s in enumerate(sorted(events_per_source.index, key=lambda s: (-events_per_source[s], s)))}
first(events, MAX_ROWS, "events (most sources first)")

# %% [markdown]
# The heatmap below is drawn by one function for every panel of this notebook.

# %%
def square(rows, column):
    """Symmetric source x source matrix of one column; `paired` says which cells have a row at all."""
    sources = sorted(set(rows["source_a"]) | set(rows["source_b"]))
    index = {s: i for i, s in enumerate(sources)}
    values = np.full((len(sources), len(sources)), np.nan)
    paired = np.zeros((len(sources), len(sources)), dtype=bool)
    for a, b, v in zip(rows["source_a"], rows["source_b"], rows[column]):
        for i, j in ((index[a], index[b]), (index[b], index[a])):
            values[i, j] = np.nan if pd.isna(v) else v
            paired[i, j] = True
    return sources, values, paired


def top_pairs(rows):
    """The pairs between the TOP_SOURCES highest-ranked sources of `rows`, and how many sources are left out."""
    sources = sorted(set(rows["source_a"]) | set(rows["source_b"]),
                     key=lambda s: (SOURCE_RANK.get(s, len(SOURCE_RANK)), s))
    kept = set(sources[:TOP_SOURCES])
    return rows[rows["source_a"].isin(kept) & rows["source_b"].isin(kept)], len(sources) - len(kept)


def heatmap(rows, column, title, cmap):
    """Draw one column of `rows` as a source x source heatmap (the caller shows it)."""
    rows, left_out = top_pairs(rows)
    if left_out:
        title += f" (top {TOP_SOURCES} sources by events; {left_out} more not shown)"
    sources, values, paired = square(rows, column)
    if not sources:
        print(f"{title}: no source pairs")
        return
    n = len(sources)
    annotate = n <= 25  # beyond that the numbers no longer fit in the cells
    fig, ax = plt.subplots(figsize=(min(0.9 * n + 3.5, 24), min(0.75 * n + 2, 20)))
    colours = plt.get_cmap(cmap).copy()
    colours.set_bad("white")  # pairs that never report the same event (and null cells, hatched below)
    image = ax.imshow(np.ma.masked_invalid(values), cmap=colours, vmin=0, vmax=1)
    for i in range(n):
        for j in range(n):
            if i == j:
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor="0.85", edgecolor="none"))
            elif paired[i, j] and np.isnan(values[i, j]):
                ax.add_patch(Rectangle((j - 0.5, i - 0.5), 1, 1, facecolor="0.95", edgecolor="0.5", hatch="///"))
                if annotate:
                    ax.text(j, i, "n/a", ha="center", va="center", fontsize=8, color="black")
            elif not annotate:
                continue
            elif paired[i, j]:
                v = values[i, j]
                rgba = colours(v)
                dark = 0.299 * rgba[0] + 0.587 * rgba[1] + 0.114 * rgba[2] < 0.5
                ax.text(j, i, f"{v:.2f}", ha="center", va="center", fontsize=8, color="white" if dark else "black")
            else:  # the two never report the same event
                ax.text(j, i, "–", ha="center", va="center", fontsize=8, color="0.6")
    ax.set_xticks(range(n), sources, rotation=45, ha="right")
    ax.set_yticks(range(n), sources)
    ax.set_title(title, fontsize=10)
    fig.colorbar(image, ax=ax, fraction=0.046, pad=0.04, label=column)
    plt.tight_layout()


def disagreements(rows, what):
    """Print the pairs that contradict each other at least once, and those with nothing comparable."""
    clash = rows[rows["conflict"] > 0].sort_values(["agreement", "source_a", "source_b"])
    empty = rows[rows["agreement"].isna()]
    print(f"{what}: {len(rows)} source pairs, {len(clash)} with a conflict, {len(empty)} with nothing comparable")
    for r in clash.head(MAX_ROWS).itertuples():
        print(f"  disagree: {r.source_a} vs {r.source_b}: agreement {r.agreement:.3f} "
              f"({r.agree} agree, {r.conflict} in conflict)")
    if len(clash) > MAX_ROWS:
        print(f"  ... {len(clash) - MAX_ROWS} more pairs with a conflict not shown")
    for r in empty.head(MAX_ROWS).itertuples():
        print(f"  nothing comparable: {r.source_a} vs {r.source_b} ({r.only_a} + {r.only_b} claims, none shared)")
    if len(empty) > MAX_ROWS:
        print(f"  ... {len(empty) - MAX_ROWS} more pairs with nothing comparable not shown")

# %% [markdown]
# ## Agreement over the whole corpus
#
# Every pair of sources that report on at least one common event. Low values point at the source that keeps
# contradicting the others; the list under the heatmap names the pairs with at least one conflict.

# %%
heatmap(overall, "agreement", "Agreement, whole corpus", "RdYlGn")
plt.show()
disagreements(overall, "whole corpus")

# %% [markdown]
# ## Agreement on one event
#
# The same for the chosen event only (`EVENT`).

# %%
heatmap(per_event, "agreement", f"Agreement: {event['label']}", "RdYlGn")
plt.show()
disagreements(per_event, event["label"])

# %% [markdown]
# ## Coverage: how much two sources report in common
#
# Agreement only speaks about what two sources both report. Coverage shows how large that common ground is: 1.0
# would mean they report exactly the same claims; outlets that add many details of their own score low even when
# they never contradict anyone.

# %%
heatmap(overall, "coverage_jaccard", "Coverage (Jaccard), whole corpus", "Blues")
plt.show()
heatmap(per_event, "coverage_jaccard", f"Coverage (Jaccard): {event['label']}", "Blues")
plt.show()

# %% [markdown]
# ## The pairs of the chosen event, as a table

# %%
first(per_event[["source_a", "source_b", "shared", "agree", "conflict", "only_a", "only_b", "agreement",
                 "coverage_jaccard"]].sort_values(["agreement", "coverage_jaccard"], na_position="first")
      .reset_index(drop=True), MAX_ROWS, "pairs")

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
# # Chorus: claims and how well they are corroborated
#
# Chorus groups the claims it finds (durations, dates, places, counts, quotes, titles...) into **claim clusters**:
# claims that assert the same thing about the same event, whichever outlet wrote them and however they phrased it.
# This notebook reads the `claim_frequency` table (one row per cluster) and shows:
#
# - **per event**: how many clusters, how many are corroborated (reported by two or more independent sources);
# - **the most corroborated claims per event**, with a representative sentence and the sources that report them;
# - **single-source claims**: what only one independent source says (exclusives, and minority values);
# - **claim kinds**: a bar chart of clusters per kind, and for one event (and the whole corpus) how many sources
#   back each cluster.
#
# On a big run it lists the `TOP_EVENTS` events with the most independent sources, plus the chosen event
# (`EVENT`, or `CHORUS_EVENT`: an `event_id`; by default the event with the most independent sources), and cuts
# long tables to `MAX_ROWS` rows with a count of what is left.
#
# *Independent sources* count a syndicated copy (a wire story reprinted by another outlet) as its original's
# outlet, so a wire story printed twice is still one witness.
#
# **Pointing it at another run.** Like `01_corpus_overview`, the first code cell reads the output folder from
# `CHORUS_OUT` (default `../out`, the sample run written by `jobs/chorus`). Only the tables `claim_frequency` and
# `events` are needed.

# %% tags=["parameters"]
import os

OUT = os.environ.get("CHORUS_OUT", "../out")
EVENT = os.environ.get("CHORUS_EVENT") or None  # an event_id; None: the event with the most independent sources
TOP_EVENTS = 5  # events listed in detail (by independent sources), besides EVENT and the standing facts
TOP_N = 5  # claims listed per event in "The most corroborated claims"
MAX_ROWS = 30  # rows of a long table, lines of a long listing

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
import pandas as pd
from IPython.display import display

from chorus_tables import first, open_run

OUT, table, q = open_run(OUT)

# Titles ("Foreign Minister Anton Lisk") are standing facts: their clusters span events and have no event_id.
STANDING = "(standing facts: titles, corpus-wide)"
events = q(f"SELECT event_id, label, date, n_articles, n_sources FROM {table('events')}")
LABELS = dict(zip(events["event_id"], events["label"]))
LABELS[""] = STANDING  # the key of the standing facts (no event_id)


def event_label(key):
    return LABELS.get(key, key)


def shorten(text, n):
    text = "" if text is None or (not isinstance(text, str) and pd.isna(text)) else " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


clusters = q(f"""
    SELECT cluster_id, event_id, kind, slot,
           -- a former title is a cluster of its own: say so, or it reads as the current title twice
           CASE WHEN kind = 'person_role' AND qualifier = 'former' THEN 'former ' || value ELSE value END AS value,
           text, n_sources, n_independent_sources, n_articles, sources, confidence
    FROM {table('claim_frequency')}
""")
clusters["event"] = clusters["event_id"].fillna("")  # the event's key: its event_id ("" for standing facts)
clusters["sources"] = clusters["sources"].map(lambda s: ", ".join(sorted(s)) if s is not None else "")
# The events in a stable reading order: by date, then label; standing facts last.
EVENT_ORDER = list(events.sort_values(["date", "label"], na_position="last")["event_id"])
if clusters["event_id"].isna().any():
    EVENT_ORDER.append("")

# Events ranked by the most independent sources behind one of their clusters, then sources and articles.
independent = clusters[clusters["event"] != ""].groupby("event")["n_independent_sources"].max()
ranked = (events.assign(independent=events["event_id"].map(independent).fillna(0).astype(int))
          .sort_values(["independent", "n_sources", "n_articles", "event_id"], ascending=[False, False, False, True]))
if EVENT is None and len(ranked):
    EVENT = ranked["event_id"].iloc[0]
if EVENT is not None and EVENT not in LABELS:
    raise ValueError(f"EVENT={EVENT!r} is not an event of this run: see the events table")
# The events shown in detail: the chosen one, the top ones, and the standing facts; in reading order.
DETAILED = {EVENT, *ranked["event_id"].head(TOP_EVENTS), ""}
SHOWN_ORDER = [e for e in EVENT_ORDER if e in DETAILED]

print(f"Chorus output: {OUT}")
print(f"{len(clusters)} claim clusters in {clusters['event_id'].nunique()} events"
      f" (+ {int(clusters['event_id'].isna().sum())} standing facts)")
if EVENT is not None:
    print(f"chosen event: {event_label(EVENT)} (event_id {EVENT})")
print(f"events in detail below: {len([e for e in SHOWN_ORDER if e])} of {len(events)}")

# %% [markdown]
# ## Claims per event
#
# *Corroborated*: reported by at least two independent sources. *Single-source*: by one only.

# %%
per_event = (
    clusters.assign(corroborated=clusters["n_independent_sources"] >= 2)
    .groupby("event", sort=False)
    .agg(clusters=("cluster_id", "size"), corroborated=("corroborated", "sum"))
    .reindex([e for e in EVENT_ORDER if e in set(clusters["event"])])
)
per_event["single_source"] = per_event["clusters"] - per_event["corroborated"]
per_event = per_event.join(events.set_index("event_id")[["date", "n_articles", "n_sources"]], how="left")
per_event = per_event.sort_values(["corroborated", "clusters"], ascending=False, kind="stable")
per_event.index = per_event.index.map(event_label).rename("event")
first(per_event, MAX_ROWS, "events (most corroborated clusters first)")

# %% [markdown]
# ## The most corroborated claims per event
#
# For the chosen event and the top events, the clusters reported by the most independent sources (ties: more
# sources, then higher confidence). `text` is a representative sentence, from the earliest published article that reports it;
# `confidence` is how likely the claim is true according to truth discovery (see notebook `04_conflicts`).

# %%
TOP_COLUMNS = ["n_independent_sources", "n_sources", "kind", "slot", "value", "confidence", "sources", "text"]
by_corroboration = clusters.sort_values(
    ["n_independent_sources", "n_sources", "confidence", "slot", "value"],
    ascending=[False, False, False, True, True],
)
for event in SHOWN_ORDER:
    top = by_corroboration[by_corroboration["event"] == event].head(TOP_N)
    if top.empty:
        continue
    print(f"\n{event_label(event)}: top {len(top)} of {int((clusters['event'] == event).sum())} claim clusters")
    shown = top[TOP_COLUMNS].assign(
        value=top["value"].map(lambda v: shorten(v, 60)),
        text=top["text"].map(lambda t: shorten(t, 120)),
        confidence=top["confidence"].round(3),
    )
    display(shown.reset_index(drop=True))

# %% [markdown]
# ## Single-source claims
#
# Clusters only one independent source reports. Most are harmless exclusives (a quote from an analyst only
# one outlet called); a minority value in a conflict (one outlet's figure against everybody else's) also shows
# up here, with a low confidence. Listed per event shown in detail, lowest confidence first, at most `MAX_ROWS`
# lines per event.

# %%
single = clusters[clusters["n_independent_sources"] == 1].sort_values(["confidence", "slot", "value"])
print(f"{len(single)} single-source claim clusters of {len(clusters)}")
for event in SHOWN_ORDER:
    rows = single[single["event"] == event]
    if rows.empty:
        continue
    print(f"\n{event_label(event)}: {len(rows)} single-source")
    width = min(max(rows["sources"].str.len().max(), 12), 40)  # a syndicated story lists its copies' outlets
    for r in rows.head(MAX_ROWS).itertuples():
        print(f"  {shorten(r.sources, width):<{width}}  {r.kind:<12} {r.slot:<26} {shorten(r.value, 50):<52}"
              f" confidence {r.confidence:.3f}")
    if len(rows) > MAX_ROWS:
        print(f"  ... {len(rows) - MAX_ROWS} more not shown")
others = single[~single["event"].isin(DETAILED)]
if len(others):
    print(f"\n{len(others)} single-source clusters in {others['event'].nunique()} other events not listed")

# %% [markdown]
# ## Claim kinds
#
# Clusters per kind of claim, split into corroborated and single-source.

# %%
kinds = (
    clusters.assign(corroborated=clusters["n_independent_sources"] >= 2)
    .groupby("kind")
    .agg(clusters=("cluster_id", "size"), corroborated=("corroborated", "sum"))
    .sort_values(["clusters", "corroborated"], ascending=False)
)
kinds["single_source"] = kinds["clusters"] - kinds["corroborated"]

fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(kinds), 3) + 1))
ax.barh(kinds.index, kinds["corroborated"], label="corroborated (2+ independent sources)")
ax.barh(kinds.index, kinds["single_source"], left=kinds["corroborated"], label="single-source")
ax.invert_yaxis()
ax.xaxis.set_major_locator(MaxNLocator(integer=True))
ax.legend()
ax.set_title("Claim clusters per kind")
ax.set_xlabel("claim clusters")
ax.set_ylabel("kind")
plt.tight_layout()
plt.show()

kinds

# %% [markdown]
# ## Corroboration per event
#
# How many clusters are backed by 1, 2, 3... independent sources: for the chosen event (`EVENT`), and over all
# events of the corpus. An event covered by many outlets that mostly agree has tall bars on the right; the bar at
# 1 holds the exclusives and the outliers.

# %%
max_sources = int(clusters["n_independent_sources"].max()) if len(clusters) else 1
panels = [(f"chosen event: {shorten(event_label(EVENT), 70)}", clusters["event"] == EVENT)] if EVENT else []
panels.append((f"all {clusters['event_id'].nunique()} events", clusters["event"] != ""))
fig, axes = plt.subplots(1, len(panels), figsize=(6.5 * len(panels), 4), squeeze=False)
for ax, (title, mask) in zip(axes[0], panels):
    counts = (clusters.loc[mask, "n_independent_sources"]
              .value_counts().reindex(range(1, max_sources + 1), fill_value=0))
    ax.bar(counts.index, counts.values, color=["tab:orange" if n == 1 else "tab:blue" for n in counts.index])
    ax.set_title(title, fontsize=10)
    ax.set_ylabel("clusters")
    ax.set_xlabel("independent sources reporting the claim")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
plt.tight_layout()
plt.show()

# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
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
# - **claim kinds**: a bar chart of clusters per kind, and per event how many sources back each cluster.
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
TOP_N = 5  # claims listed per event in "The most corroborated claims"

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
import pandas as pd
from IPython.display import display

from chorus_tables import open_run

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

print(f"Chorus output: {OUT}")
print(f"{len(clusters)} claim clusters in {clusters['event_id'].nunique()} events"
      f" (+ {int(clusters['event_id'].isna().sum())} standing facts)")

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
per_event.index = per_event.index.map(event_label).rename("event")
per_event

# %% [markdown]
# ## The most corroborated claims per event
#
# For each event, the clusters reported by the most independent sources (ties: more sources, then higher
# confidence). `text` is a representative sentence, from the earliest published article that reports it;
# `confidence` is how likely the claim is true according to truth discovery (see notebook `04_conflicts`).

# %%
TOP_COLUMNS = ["n_independent_sources", "n_sources", "kind", "slot", "value", "confidence", "sources", "text"]
ranked = clusters.sort_values(
    ["n_independent_sources", "n_sources", "confidence", "slot", "value"],
    ascending=[False, False, False, True, True],
)
for event in EVENT_ORDER:
    top = ranked[ranked["event"] == event].head(TOP_N)
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
# up here, with a low confidence. Listed per event and source, lowest confidence first.

# %%
single = clusters[clusters["n_independent_sources"] == 1].sort_values(["confidence", "slot", "value"])
print(f"{len(single)} single-source claim clusters of {len(clusters)}")
for event in EVENT_ORDER:
    rows = single[single["event"] == event]
    if rows.empty:
        continue
    print(f"\n{event_label(event)}: {len(rows)} single-source")
    width = min(max(rows["sources"].str.len().max(), 12), 40)  # a syndicated story lists its copies' outlets
    for r in rows.itertuples():
        print(f"  {shorten(r.sources, width):<{width}}  {r.kind:<12} {r.slot:<26} {shorten(r.value, 50):<52}"
              f" confidence {r.confidence:.3f}")

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
# For each event, how many clusters are backed by 1, 2, 3... independent sources. An event covered by many
# outlets that mostly agree has tall bars on the right; the bar at 1 holds the exclusives and the outliers.

# %%
shown_events = [e for e in EVENT_ORDER if e in set(clusters["event"])]
max_sources = int(clusters["n_independent_sources"].max()) if len(clusters) else 1
fig, axes = plt.subplots(len(shown_events), 1, figsize=(8, 2.2 * max(len(shown_events), 1) + 0.5),
                         sharex=True, squeeze=False)
for ax, event in zip(axes[:, 0], shown_events):
    counts = (clusters.loc[clusters["event"] == event, "n_independent_sources"]
              .value_counts().reindex(range(1, max_sources + 1), fill_value=0))
    ax.bar(counts.index, counts.values, color=["tab:orange" if n == 1 else "tab:blue" for n in counts.index])
    ax.set_title(shorten(event_label(event), 90), fontsize=10)
    ax.set_ylabel("clusters")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
axes[-1, 0].set_xlabel("independent sources reporting the claim")
axes[-1, 0].xaxis.set_major_locator(MaxNLocator(integer=True))
plt.tight_layout()
plt.show()

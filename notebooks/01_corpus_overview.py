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
# # Chorus: the corpus at a glance
#
# What one Chorus run read, kept and threw away, from the Parquet tables it wrote:
#
# - **counts**: files read (= articles + rejects), articles kept, duplicates, rejects by reason;
# - **articles per source** (bar chart) and a table of the articles (source, title, published, sentences, tokens);
# - **rejects** with their reasons;
# - **sentence length**: a histogram of tokens per sentence;
# - **boilerplate removed per source**.
#
# Articles without a known source show as `(unknown)`.
#
# **Pointing it at another run.** The first code cell (tagged `parameters`) reads the output folder from the
# environment variable `CHORUS_OUT`; without it, it uses `../out` (relative to `notebooks/`), the sample run
# written by `jobs/chorus`. To look at another run, write it and start Jupyter with `CHORUS_OUT` set:
#
# ```sh
# jobs/chorus --input ~/crawl --output /tmp/run1
# CHORUS_OUT=/tmp/run1 jupyter lab notebooks/   # or any Jupyter front end
# ```
#
# or just edit `OUT` in the cell below (an absolute path, or relative to `notebooks/`). Only the tables `articles`, `sentences` and `rejects` are needed.
#
# On a big run the charts show the `TOP_SOURCES` outlets with the most articles (the others summed in one bar)
# and the tables their first `MAX_ROWS` rows, with a count of what is left.

# %% tags=["parameters"]
import os

OUT = os.environ.get("CHORUS_OUT", "../out")
TOP_SOURCES = 20  # outlets drawn one bar each; the others are summed in one bar
MAX_ROWS = 50  # rows shown of the articles and rejects tables

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator
import pandas as pd

from chorus_tables import first, open_run

OUT, table, q = open_run(OUT)

# Source as shown everywhere: null, blank or a placeholder "unknown:<id>" shows as "(unknown)".
SOURCE = "CASE WHEN source IS NULL OR trim(source) = '' OR starts_with(source, 'unknown:') THEN '(unknown)' ELSE source END"
# Sort key that puts "(unknown)" last (the same expression, so it also works after GROUP BY).
UNKNOWN_LAST = f"({SOURCE} = '(unknown)')"



def top_sources(df, value_columns):
    """The TOP_SOURCES first rows of a per-source table, the rest summed into one '(N other sources)' row."""
    if len(df) <= TOP_SOURCES:
        return df
    rest = df.iloc[TOP_SOURCES:]
    other = {c: rest[c].sum() for c in value_columns}
    other["source"] = f"({len(rest)} other sources)"
    return pd.concat([df.head(TOP_SOURCES), pd.DataFrame([other])], ignore_index=True)


print(f"Chorus output: {OUT}")
print("tables:", ", ".join(sorted(p.name for p in OUT.iterdir() if p.is_dir())))

# %% [markdown]
# ## Counts
#
# Every input file ends up either as an article (kept, or marked a duplicate) or as a reject.

# %%
status = q(f"""
    SELECT coalesce(status, '(none)') AS status, count(*) AS n
    FROM {table('articles')}
    GROUP BY 1 ORDER BY 1
""")
rejects_by_reason = q(f"""
    SELECT coalesce(reason, '(none)') AS reason, count(*) AS n, sum(bytes)::BIGINT AS bytes
    FROM {table('rejects')}
    GROUP BY 1 ORDER BY n DESC, reason
""")

n_articles = int(status["n"].sum())
n_kept = int(status.loc[status["status"] == "ok", "n"].sum())
n_duplicates = int(status.loc[status["status"] == "duplicate", "n"].sum())
n_other = n_articles - n_kept - n_duplicates
n_rejects = int(rejects_by_reason["n"].sum())

print(f"{'files read':<20}{n_articles + n_rejects:>8}")
print(f"{'articles':<20}{n_articles:>8}")
print(f"{'  articles kept':<20}{n_kept:>8}")
print(f"{'  duplicates':<20}{n_duplicates:>8}")
if n_other:
    print(f"{'  other status':<20}{n_other:>8}   ({', '.join(status['status'])})")
print(f"{'rejects':<20}{n_rejects:>8}")
for reason, n in zip(rejects_by_reason["reason"], rejects_by_reason["n"]):
    print(f"{'  ' + reason:<20}{n:>8}")

# %% [markdown]
# ## Articles per source

# %%
per_source = q(f"""
    SELECT {SOURCE} AS source,
           count(*) FILTER (WHERE status = 'ok') AS kept,
           count(*) FILTER (WHERE status IS DISTINCT FROM 'ok') AS not_kept
    FROM {table('articles')}
    GROUP BY 1
    ORDER BY {UNKNOWN_LAST}, kept DESC, source
""")

print(f"{len(per_source)} sources")
shown = top_sources(per_source, ["kept", "not_kept"])
fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(shown), 3) + 1))
ax.barh(shown["source"], shown["kept"], label="kept")
if shown["not_kept"].sum():
    ax.barh(shown["source"], shown["not_kept"], left=shown["kept"], label="duplicate / other")
    ax.legend()
ax.invert_yaxis()
ax.xaxis.set_major_locator(MaxNLocator(integer=True))
ax.set_title("Articles per source" + (f" (top {TOP_SOURCES})" if len(per_source) > TOP_SOURCES else ""))
ax.set_xlabel("articles")
ax.set_ylabel("source")
plt.tight_layout()
plt.show()

first(per_source, MAX_ROWS, "sources")

# %% [markdown]
# ## The articles

# %%
articles = q(f"""
    SELECT {SOURCE} AS source, title, published, n_sentences, n_tokens, status
    FROM {table('articles')}
    ORDER BY {UNKNOWN_LAST}, source, published NULLS LAST, title
    LIMIT {MAX_ROWS}
""")
articles["published"] = articles["published"].fillna("")
if n_articles > len(articles):
    print(f"first {len(articles)} of {n_articles} articles shown ({n_articles - len(articles)} more not shown)")
articles

# %% [markdown]
# ## Rejects
#
# Files that did not become articles, and why.

# %%
rejects = q(f"""
    SELECT reason, path, detail, bytes
    FROM {table('rejects')}
    ORDER BY reason, path
    LIMIT {MAX_ROWS}
""")
print(f"{n_rejects} rejects")
if n_rejects > len(rejects):
    print(f"first {len(rejects)} of {n_rejects} rejects shown ({n_rejects - len(rejects)} more not shown)")
rejects

# %% [markdown]
# ## Sentence length
#
# Tokens per sentence, over all sentences of all articles.

# %%
# One row per sentence length (a few hundred at most), counted in DuckDB: the sentences never reach pandas.
lengths = q(f"""
    SELECT coalesce(len(tokens), 0) AS n_tokens, count(*) AS sentences
    FROM {table('sentences')}
    GROUP BY 1 ORDER BY 1
""")
n_sentences = int(lengths["sentences"].sum())
if n_sentences:
    cumulative = lengths["sentences"].cumsum()
    median = int(lengths.loc[cumulative >= n_sentences / 2, "n_tokens"].iloc[0])
    mean = (lengths["n_tokens"] * lengths["sentences"]).sum() / n_sentences
    print(f"{n_sentences} sentences; tokens per sentence: median {median}, mean {mean:.1f}, "
          f"max {lengths['n_tokens'].max()}")
else:
    print("no sentences")

longest = int(lengths["n_tokens"].max()) if n_sentences else 0
fig, ax = plt.subplots(figsize=(8, 4))
if longest <= 80:  # one bar per token count
    ax.hist(lengths["n_tokens"], weights=lengths["sentences"], bins=[b - 0.5 for b in range(0, longest + 2)],
            edgecolor="white")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
else:
    ax.hist(lengths["n_tokens"], weights=lengths["sentences"], bins=60, edgecolor="white")
ax.yaxis.set_major_locator(MaxNLocator(integer=True))
ax.set_title("Sentence length")
ax.set_xlabel("tokens per sentence")
ax.set_ylabel("sentences")
plt.tight_layout()
plt.show()

# %% [markdown]
# ## Boilerplate removed per source
#
# Characters of boilerplate (navigation, ads, footers...) stripped from the pages, next to the article text kept.
# *Share removed* is boilerplate / (boilerplate + body).

# %%
boilerplate = q(f"""
    SELECT {SOURCE} AS source,
           count(*) AS articles,
           sum(boilerplate_chars)::BIGINT AS boilerplate_chars,
           sum(length(body))::BIGINT AS body_chars,
           round(avg(boilerplate_chars), 1) AS boilerplate_per_article
    FROM {table('articles')}
    GROUP BY 1
    ORDER BY {UNKNOWN_LAST}, boilerplate_chars DESC, source
""")
total = boilerplate["boilerplate_chars"].fillna(0) + boilerplate["body_chars"].fillna(0)
boilerplate["share_removed"] = (boilerplate["boilerplate_chars"] / total.where(total > 0)).round(3)

shown = top_sources(boilerplate.fillna({"boilerplate_chars": 0, "body_chars": 0}),
                    ["articles", "boilerplate_chars", "body_chars"])
fig, ax = plt.subplots(figsize=(8, 0.4 * max(len(shown), 3) + 1))
ax.barh(shown["source"], shown["body_chars"], label="article text kept")
ax.barh(shown["source"], shown["boilerplate_chars"], left=shown["body_chars"], label="boilerplate removed")
ax.invert_yaxis()
ax.legend()
ax.set_title("Boilerplate removed per source"
             + (f" (top {TOP_SOURCES} by boilerplate)" if len(boilerplate) > TOP_SOURCES else ""))
ax.set_xlabel("characters")
ax.set_ylabel("source")
plt.tight_layout()
plt.show()

first(boilerplate, MAX_ROWS, "sources")

"""Turns a Chorus run over the article-extraction benchmark into its predictions file.

usage: aeb_predictions.py OUTPUT_DIR PREDICTIONS.json
Every input page gets a prediction: its article body, or "" when Chorus rejected the page.
"""
import json
import re
import sys

import pyarrow.dataset as ds


def page_id(path):
    return re.sub(r"\.html\.gz$", "", path.rsplit("/", 1)[-1])


def main(out_dir, predictions_path):
    preds = {}
    for row in ds.dataset(f"{out_dir}/rejects", format="parquet").to_table(columns=["path"]).to_pylist():
        preds[page_id(row["path"])] = {"articleBody": ""}
    for row in ds.dataset(f"{out_dir}/articles", format="parquet").to_table(columns=["path", "body"]).to_pylist():
        preds[page_id(row["path"])] = {"articleBody": row["body"] or ""}
    with open(predictions_path, "w", encoding="utf-8") as f:
        json.dump(preds, f, ensure_ascii=False, sort_keys=True)
    print(f"{len(preds)} predictions written to {predictions_path}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

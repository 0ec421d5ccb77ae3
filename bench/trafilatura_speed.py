"""trafilatura on the same pages as ExtractBench: pages per CPU second of one process.

usage: trafilatura_speed.py DIR SECONDS
Pages are read into memory first (gunzipped, decoded as UTF-8, else windows-1252), then
trafilatura.extract runs over them for a warm-up of SECONDS, then again for SECONDS of this
process's CPU time (time.process_time), in whole passes.
"""
import gzip
import os
import sys
import time

import trafilatura


def load(folder):
    pages = []
    for name in sorted(os.listdir(folder)):
        raw = open(os.path.join(folder, name), "rb").read()
        if name.endswith(".gz"):
            raw = gzip.decompress(raw)
        try:
            pages.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            pages.append(raw.decode("windows-1252", errors="replace"))
    return pages


def main(folder, seconds):
    pages = load(folder)
    print(f"pages {len(pages)} trafilatura {trafilatura.__version__}")
    for rnd in range(2):
        start = time.process_time()
        done = 0
        while time.process_time() - start < seconds:
            for p in pages:
                trafilatura.extract(p)
            done += len(pages)
        cpu = time.process_time() - start
        if rnd == 1:
            print(f"trafilatura {done / cpu:.1f} pages/s/core ({done} pages in {cpu:.1f} s of CPU)")


if __name__ == "__main__":
    main(sys.argv[1], float(sys.argv[2]))

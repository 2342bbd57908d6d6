#!/usr/bin/env python3
"""dateparser on the same Arabic texts as FactsBench: the side-by-side peer for the fact-extraction speed line.

dateparser's `search_dates` is the only installable tool that scans free Arabic text for dates (Duckling needs a
Haskell server; Recognizers-Text's Arabic date model is not on PyPI). It finds dates only, while crosscheck also reads
numbers and casualty figures, so the ratio understates crosscheck's lead. dateparser is slow: it stops after
--budget CPU seconds, and its rate is over the texts it finished (a prefix of the same corpus, said in the output).

    python3 scripts/bench/facts_peer.py corpus.jsonl [--budget 60]     # prints one JSON line
"""
import argparse
import datetime
import json
import time

from dateparser.search import search_dates

parser = argparse.ArgumentParser()
parser.add_argument("corpus")
parser.add_argument("--budget", type=float, default=60.0)
args = parser.parse_args()
documents = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
done, size, dates = 0, 0, 0
start = time.process_time()
wall = time.perf_counter()
for document in documents:
    base = datetime.datetime.fromisoformat(document.get("published") or "2023-10-12")
    found = search_dates(document["text"], languages=["ar"], settings={"RELATIVE_BASE": base})
    dates += len(found or [])
    done += 1
    size += len(document["text"].encode("utf-8"))
    if time.process_time() - start > args.budget:
        break
cpu = time.process_time() - start
print(json.dumps({"system": "dateparser", "documents": done, "of": len(documents), "bytes": size, "cpu_s": cpu,
                  "wall_s": time.perf_counter() - wall, "mb_per_cpu_s": size / 1e6 / cpu, "dates": dates}))

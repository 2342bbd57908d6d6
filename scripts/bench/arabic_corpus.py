#!/usr/bin/env python3
"""Writes the Arabic news corpus the fact-extraction speed checks read: the sample articles (samples/*.txt) plus, when
../shared/eval is there, the ANS Arabic headlines, 40 to a text, as JSONL lines {id, text, language, published}.

    python3 scripts/bench/arabic_corpus.py OUT.jsonl [--min-bytes N]   # repeats the texts until N bytes (default once)

Used by scripts/eval/facts_speed.sh (the `facts` command on ~40 MB) and scripts/bench/compare-facts (FactsBench
beside dateparser), so both measure the same text.
"""
import argparse
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
parser = argparse.ArgumentParser()
parser.add_argument("out")
parser.add_argument("--min-bytes", type=int, default=0)
args = parser.parse_args()
texts = [open(path, encoding="utf-8").read() for path in sorted(glob.glob(os.path.join(ROOT, "samples", "*.txt")))]
ans = os.path.join(ROOT, "..", "shared", "eval", "ans_stance_dev.jsonl")
if os.path.exists(ans):
    rows = [json.loads(line) for line in open(ans, encoding="utf-8")]
    heads = [row["s1"] for row in rows] + [row["s2"] for row in rows]
    texts += ["\n".join(heads[i:i + 40]) for i in range(0, len(heads), 40)]
size, n = 0, 0
with open(args.out, "w", encoding="utf-8") as out:
    while n == 0 or size < args.min_bytes:
        for text in texts:
            out.write(json.dumps({"id": f"a{n}", "text": text, "language": "ar", "published": "2023-10-12"},
                                 ensure_ascii=False) + "\n")
            size += len(text.encode("utf-8"))
            n += 1
print(f"corpus: {n} texts, {size / 1e6:.2f} MB of Arabic text", file=sys.stderr)

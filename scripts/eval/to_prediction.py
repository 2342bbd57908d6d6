#!/usr/bin/env python3
"""Turns `crosscheck extract --timing` JSON lines into the benchmark's prediction format, with per-page timings.

    python3 scripts/eval/to_prediction.py extract.jsonl pred/crosscheck.json
"""
import json
import sys
from pathlib import Path

output, timing = {}, {}
for line in open(sys.argv[1], encoding='utf8'):
    if not line.strip():
        continue
    d = json.loads(line)
    output[d['id']] = {'articleBody': d['text']}
    if 'ms' in d:
        timing[d['id']] = d['ms'] / 1000.0
out = Path(sys.argv[2])
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps({'version': 'crosscheck', 'output': output, 'timing': timing}, ensure_ascii=False,
                          sort_keys=True), encoding='utf8')

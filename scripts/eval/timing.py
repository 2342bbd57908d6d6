#!/usr/bin/env python3
"""Median and mean extraction time per page for every prediction file under a folder (one row per system), and the
ratio of each system's median to crosscheck's.

    python3 scripts/eval/timing.py /tmp/crosscheck-extraction-eval/pred
"""
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

times = defaultdict(list)
for f in sorted(Path(sys.argv[1]).glob('*/*.json')):
    data = json.loads(f.read_text(encoding='utf8'))
    times[f.stem].extend(data.get('timing', {}).values())
ours = statistics.median(times['crosscheck']) if times.get('crosscheck') else None
print(f'{"system":<14} {"pages":>5} {"median ms":>10} {"mean ms":>9} {"median / crosscheck":>20}')
for name in sorted(times):
    ts = times[name]
    if not ts:
        continue
    med = 1000 * statistics.median(ts)
    ratio = f'{statistics.median(ts) / ours:.1f}x' if ours else '-'
    print(f'{name:<14} {len(ts):>5} {med:>10.2f} {1000 * statistics.mean(ts):>9.2f} {ratio:>20}')

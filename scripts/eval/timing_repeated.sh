#!/usr/bin/env bash
# Times crosscheck, trafilatura and resiliparse on the same pages in PASSES interleaved passes (crosscheck, then each
# peer, then again), and reports per system the median over pages of each page's fastest pass, next to the plain
# median of the first pass. Every system gets the same treatment; on a machine shared with other jobs this takes
# the bursts of foreign load out of the comparison that a single pass (scripts/eval/extraction.sh) is exposed to.
#
#   scripts/eval/timing_repeated.sh [PASSES] [OUT_DIR]    # default 5 passes, /tmp/crosscheck-timing-repeated
#
# Peers: pip install trafilatura==2.3.1 resiliparse lxml_html_clean
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${DATA:-../shared/eval/extraction_dev/scrapinghub/html}
BENCH=${BENCH:-../shared/bench/extraction_score.py}
PASSES=${1:-5}
OUT=${2:-/tmp/crosscheck-timing-repeated}
[ -d "$DATA" ] || { echo "no evaluation data at $DATA" >&2; exit 1; }
mkdir -p "$OUT"
swift build -c release --product crosscheck >&2
for pass in $(seq 1 "$PASSES"); do
    .build/release/crosscheck extract --timing "$DATA" > "$OUT/crosscheck.$pass.jsonl" 2> /dev/null || true
    python3 scripts/eval/to_prediction.py "$OUT/crosscheck.$pass.jsonl" "$OUT/$pass/crosscheck.json"
    for peer in trafilatura resiliparse; do
        python3 "$BENCH" run --html-dir "$DATA" --extractor "$peer" --out "$OUT/$pass/$peer.json" > /dev/null
    done
done
python3 - "$OUT" "$PASSES" <<'PY'
import json, statistics, sys
from pathlib import Path
out, passes = Path(sys.argv[1]), int(sys.argv[2])
rows = {}
for name in ('crosscheck', 'trafilatura', 'resiliparse'):
    runs = [json.loads((out / str(p) / f'{name}.json').read_text())['timing'] for p in range(1, passes + 1)]
    fastest = [min(run[page] for run in runs) for page in runs[0]]
    rows[name] = (1000 * statistics.median(runs[0].values()), 1000 * statistics.median(fastest))
ours = rows['crosscheck']
print(f'{"system":<12} {"first pass median ms":>21} {"median of fastest pass ms":>26} {"ratio (fastest)":>16}')
for name, (first, fastest) in rows.items():
    print(f'{name:<12} {first:>21.2f} {fastest:>26.2f} {fastest / ours[1]:>15.1f}x')
PY

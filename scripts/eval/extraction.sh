#!/usr/bin/env bash
# Scores `crosscheck extract` against ../shared/eval/extraction_dev with the ScrapingHub benchmark metric
# (../shared/bench/extraction_score.py), and runs trafilatura and resiliparse on the same pages in the same run.
#
#   scripts/eval/extraction.sh [OUT_DIR]         # default OUT_DIR=/tmp/crosscheck-extraction-eval
#   PEERS=0 scripts/eval/extraction.sh           # crosscheck only (quick iteration)
#   BUILD=debug scripts/eval/extraction.sh       # use the debug build (timings are then meaningless)
#
# Peers: pip install trafilatura==2.3.1 resiliparse lxml_html_clean
# Prints precision/recall/F1 per system (ScrapingHub pages and the Arabic CNN page scored separately), median and mean
# ms/page per system, and the metadata table check (scripts/eval/metadata_truth.tsv).
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${DATA:-../shared/eval/extraction_dev}
BENCH=${BENCH:-../shared/bench/extraction_score.py}
OUT=${1:-/tmp/crosscheck-extraction-eval}
BUILD=${BUILD:-release}
PEERS=${PEERS:-1}
[ -d "$DATA" ] || { echo "no evaluation data at $DATA" >&2; exit 1; }
mkdir -p "$OUT/pred"
swift build -c "$BUILD" --product crosscheck >&2
BIN=".build/$BUILD/crosscheck"

for set in scrapinghub arabic; do
    "$BIN" extract --timing "$DATA/$set/html" > "$OUT/$set.crosscheck.jsonl" 2> "$OUT/$set.crosscheck.log" || true
    python3 scripts/eval/to_prediction.py "$OUT/$set.crosscheck.jsonl" "$OUT/pred/$set/crosscheck.json"
    if [ "$PEERS" = 1 ]; then
        for peer in trafilatura resiliparse; do
            python3 "$BENCH" run --html-dir "$DATA/$set/html" --extractor "$peer" \
                --out "$OUT/pred/$set/$peer.json" | sed "s/^/[$set] /"
        done
    fi
    echo "== $set"
    python3 "$BENCH" score --gt "$DATA/$set/ground-truth.json" --pred "$OUT/pred/$set" \
        --n-bootstrap 200 --per-page "$OUT/$set.per-page.tsv"
done
echo "== time per page (ms, extraction only, same run)"
python3 scripts/eval/timing.py "$OUT/pred"
echo "== metadata (scripts/eval/metadata_truth.tsv)"
python3 scripts/eval/metadata_check.py scripts/eval/metadata_truth.tsv "$OUT/scrapinghub.crosscheck.jsonl" \
    "$OUT/arabic.crosscheck.jsonl"

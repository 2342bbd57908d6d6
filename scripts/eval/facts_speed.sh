#!/usr/bin/env bash
# Extraction speed of `crosscheck facts` on Arabic news text, one core (acceptance: >= 20 MB/s per core).
# Builds a JSONL corpus from the sample articles (samples/*.txt, Arabic news) and, when ../shared/eval is there, the
# ANS Arabic headlines, repeated to about 40 MB; times extraction only (not reading the input), release build.
# Usage: scripts/eval/facts_speed.sh [binary]   (default .build/release/crosscheck)
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="${1:-.build/release/crosscheck}"
corpus="$(mktemp -d)/arabic.jsonl"
python3 scripts/bench/arabic_corpus.py "$corpus" --min-bytes 40000000
"$binary" facts "$corpus" --timing --reference-date 2023-10-12 > /dev/null
rm -rf "$(dirname "$corpus")"

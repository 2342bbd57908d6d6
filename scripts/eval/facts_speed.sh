#!/usr/bin/env bash
# Extraction speed of `crosscheck facts` on Arabic news text, one core (acceptance: >= 20 MB/s per core).
# Builds a JSONL corpus from the sample articles (samples/*.txt, Arabic news) and, when ../shared/eval is there, the
# ANS Arabic headlines, repeated to about 40 MB; times extraction only (not reading the input), release build.
# Usage: scripts/eval/facts_speed.sh [binary]   (default .build/release/crosscheck)
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="${1:-.build/release/crosscheck}"
corpus="$(mktemp -d)/arabic.jsonl"
python3 - "$corpus" <<'PY'
import glob, json, os, sys
texts = [open(path, encoding="utf-8").read() for path in sorted(glob.glob("samples/*.txt"))]
ans = os.path.join("..", "shared", "eval", "ans_stance_dev.jsonl")
if os.path.exists(ans):
    lines = [json.loads(line) for line in open(ans, encoding="utf-8")]
    heads = [row["s1"] for row in lines] + [row["s2"] for row in lines]
    texts += ["\n".join(heads[i:i + 40]) for i in range(0, len(heads), 40)]
size, n = 0, 0
with open(sys.argv[1], "w", encoding="utf-8") as out:
    while size < 40_000_000:
        for text in texts:
            out.write(json.dumps({"id": f"a{n}", "text": text, "language": "ar", "published": "2023-10-12"},
                                 ensure_ascii=False) + "\n")
            size += len(text.encode("utf-8"))
            n += 1
print(f"corpus: {n} articles, {size / 1e6:.1f} MB of Arabic text", file=sys.stderr)
PY
"$binary" facts "$corpus" --timing --reference-date 2023-10-12 > /dev/null
rm -rf "$(dirname "$corpus")"

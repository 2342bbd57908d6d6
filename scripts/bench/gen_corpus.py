#!/usr/bin/env python3
"""Streams a large synthetic corpus in the shape of ../shared/bench/peer_minhash.py's generator.

peer_minhash.py keeps every document in memory and shuffles, which does not scale to 1,000,000 documents (~3 GB).
This generator writes as it goes with the same recipe: Zipf(1.1) words from a 50,000-word vocabulary, ~3,000
characters per document, a fraction of near-duplicates that copy an earlier document and edit 1-5 % of its words
(replace, delete, insert). A near-duplicate's source is drawn from the last 20,000 originals (kept in memory), so a
source appears at most about once. Lines are {"id", "src", "text"} with src = -1 for originals.

--script arabic draws words from Arabic letters, with hamza/teh marbuta/alef maqsura spellings and some harakat, so
that the tokenizer's Arabic normalisation is part of the measured work.

  python3 gen_corpus.py --docs 1000000 --out /tmp/crosscheck-bench/corpus-1m.jsonl
"""
import argparse
import json
import random

LATIN = "abcdefghijklmnopqrstuvwxyz"
ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "أإآةى" + "ء"
HARAKAT = "\u064e\u064f\u0650\u0651\u0652"


def vocabulary(rng, script):
    letters = LATIN if script == "latin" else ARABIC
    words = set()
    while len(words) < 50000:
        length = rng.randint(2, 10) if script == "latin" else rng.randint(2, 7)
        words.add("".join(rng.choice(letters) for _ in range(length)))
    words = sorted(words)
    rng.shuffle(words)
    if script == "arabic":
        # One word in ten carries harakat, as in lightly vocalised news text.
        words = [w if rng.random() > 0.1 else "".join(c + (rng.choice(HARAKAT) if rng.random() < 0.5 else "")
                                                         for c in w) for w in words]
    return words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1_000_000)
    ap.add_argument("--dup-frac", type=float, default=0.2)
    ap.add_argument("--doc-chars", type=int, default=3000)
    ap.add_argument("--script", choices=["latin", "arabic"], default="latin")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    vocab = vocabulary(rng, args.script)
    cum, total = [], 0.0
    for i in range(len(vocab)):
        total += 1.0 / (i + 1) ** 1.1
        cum.append(total)
    recent = []  # (id, words) of recent originals
    with open(args.out, "w", encoding="utf-8") as out:
        for doc_id in range(args.docs):
            if recent and rng.random() < args.dup_frac:
                index = rng.randrange(len(recent))
                src, words = recent[index]
                recent[index] = recent[-1]
                recent.pop()
                words = list(words)
                for _ in range(max(1, int(len(words) * rng.uniform(0.01, 0.05)))):
                    op, pos = rng.random(), rng.randrange(len(words))
                    if op < 0.5:
                        words[pos] = rng.choices(vocab, cum_weights=cum, k=1)[0]
                    elif op < 0.75 and len(words) > 10:
                        del words[pos]
                    else:
                        words.insert(pos, rng.choices(vocab, cum_weights=cum, k=1)[0])
            else:
                src, words, length = -1, [], 0
                while length < args.doc_chars:
                    for word in rng.choices(vocab, cum_weights=cum, k=64):
                        words.append(word)
                        length += len(word) + 1
                        if length >= args.doc_chars:
                            break
                recent.append((doc_id, words))
                if len(recent) > 20000:
                    recent.pop(rng.randrange(len(recent)))
            out.write(json.dumps({"id": doc_id, "src": src, "text": " ".join(words)}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

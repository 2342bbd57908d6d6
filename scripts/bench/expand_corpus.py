#!/usr/bin/env python3
"""Expands a generated corpus (../shared/bench/peer_minhash.py's, 20,000 docs) to N docs in seconds.

Block c (c = 0, 1, …) is the base corpus with every letter of "text" mapped through its own random permutation of
a-z and ids/srcs shifted by c x base size. Each block is thus a fresh corpus with the same statistics (Zipf words,
~3 KB, 20 % planted near-duplicates with 1-5 % of words edited), sharing no 5-word shingle with other blocks except
by chance, so planted pairs stay the only true pairs. A pure-Python generator of 1,000,000 documents needs about an
hour on this 2-core machine; this takes well under a minute.

  python3 expand_corpus.py BASE.jsonl N OUT.jsonl
"""
import random
import re
import string
import sys

base_path, n, out_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = open(base_path, encoding="utf-8").read().splitlines()
head = re.compile(r'^\{"id": (\d+), "src": (-?\d+), "text": ')
parsed = []
for line in lines:
    m = head.match(line)
    if not m:
        sys.exit(f"unexpected line shape: {line[:80]}")
    parsed.append((int(m.group(1)), int(m.group(2)), line[m.end():]))
size = len(parsed)
rng = random.Random(7)
written = 0
with open(out_path, "w", encoding="utf-8") as out:
    block = 0
    while written < n:
        letters = list(string.ascii_lowercase)
        if block > 0:
            rng.shuffle(letters)
        table = str.maketrans(string.ascii_lowercase, "".join(letters))
        shift = block * size
        chunk = []
        for doc_id, src, rest in parsed[: n - written]:
            new_src = src + shift if src >= 0 else -1
            chunk.append(f'{{"id": {doc_id + shift}, "src": {new_src}, "text": {rest.translate(table)}\n')
        out.write("".join(chunk))
        written += len(chunk)
        block += 1

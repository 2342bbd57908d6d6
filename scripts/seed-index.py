#!/usr/bin/env python3
"""Fills an existing crosscheck index with synthetic old articles, to measure a night against a large index.

Usage: seed-index.py INDEX.db --articles N --before YYYY-MM-DD [--seed S] [--deflate-texts]
Each article is stored as a nightly run stores it: text (~1.5 KB; in its own table from schema v4; with
--deflate-texts, as `run --deflate-texts` stores it on an index of schema v5: deflated when that is smaller, in
crosscheck's blob format, "CCZ1", the UTF-8 length in 8 bytes little-endian, zlib level 1), its signature blob of
55 keys (25 near-copy band keys and 30 keyword keys, as a night stores them since the twenty-eighth session dropped
the 32 content-word band keys; spread evenly over the 64-bit range in row order, so they match no real article; also
as band rows on an index of schema v1, which had a band table), empty facts and a group of its own. Their days are
30 to 400 days before --before, outside any matching window: they weigh on the index's size and its B-trees, not on
the candidates.
"""
import argparse
import datetime
import random
import sqlite3
import struct
import sys
import zlib

BANDS = 55


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("index")
    parser.add_argument("--articles", type=int, required=True)
    parser.add_argument("--before", required=True)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--deflate-texts", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    before = (datetime.date.fromisoformat(args.before) - datetime.date(1970, 1, 1)).days
    db = sqlite3.connect(args.index)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    # Schema v2 (v2-buckets-from-signatures) has no band table: the keys live only in the signature blob.
    has_band = db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'band'").fetchone()[0] > 0
    # Schema v4 (v4-article-text-apart) keeps the text in articleText, not in the article row.
    text_apart = db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'articleText'").fetchone()[0] > 0
    # Schema v5 (v5-compressed-article-texts) may store a text deflated, where that makes it smaller.
    deflate = args.deflate_texts and db.execute(
        "SELECT count(*) FROM grdb_migrations WHERE identifier = 'v5-compressed-article-texts'").fetchone()[0] > 0
    if args.deflate_texts and not deflate:
        # An older index cannot hold deflated texts: said, rather than seeded with plain texts as if it could.
        sys.exit(f"{args.index}: --deflate-texts needs an index of schema v5 or later (run a night on it first)")
    first_row = (db.execute("SELECT max(id) FROM article").fetchone()[0] or 0) + 1
    first_group = (db.execute("SELECT max(id) FROM storyGroup").fetchone()[0] or 0) + 1
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(5000)]
    texts = [" ".join(rng.choice(words) for _ in range(230)) for _ in range(200)]
    chunk = 50000
    stride = (1 << 64) // (args.articles * BANDS + 1)
    for start in range(0, args.articles, chunk):
        articles, groups, signatures, facts, bands, texts_apart = [], [], [], [], [], []
        for n in range(start, min(args.articles, start + chunk)):
            row, group = first_row + n, first_group + n
            day = before - rng.randint(30, 400)
            article_keys = [-(1 << 63) + (n * BANDS + b) * stride for b in range(BANDS)]
            bands.extend((key, row) for key in article_keys)
            groups.append((group, day, day, 1, "{}"))
            content_hash = ((row * 0x9E3779B97F4A7C15) % (1 << 64)) - (1 << 63)  # unique per row, whatever the seed
            text = f"{texts[n % len(texts)]} {row}"
            articles.append((row, content_hash, f"https://seed.example/{row}", f"seed-{row}", "Seeded article")
                            + (() if text_apart else (text,)) + ("Seed Wire", day, "en", "seed", day, day, 1, group))
            texts_apart.append((row, stored_text(text) if deflate else text))
            signatures.append((row, struct.pack(f"<{BANDS}q", *article_keys)))
            facts.append((row, "{}"))
        with db:
            db.executemany("INSERT INTO storyGroup VALUES (?, ?, ?, ?, ?)", groups)
            columns = "id, contentHash, url, articleID, title, " + ("" if text_apart else "text, ") + \
                "outlet, published, language, origin, night, windowDay, grouped, groupID"
            db.executemany(f"INSERT INTO article ({columns}) VALUES ({', '.join('?' * len(articles[0]))})", articles)
            if text_apart:
                db.executemany("INSERT INTO articleText (article, text) VALUES (?, ?)", texts_apart)
            db.executemany("INSERT INTO signature VALUES (?, ?)", signatures)
            db.executemany("INSERT INTO facts VALUES (?, ?)", facts)
            if has_band:
                db.executemany("INSERT INTO band (key, article) VALUES (?, ?)", bands)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    print(f"seeded {args.articles} articles, {args.articles * BANDS} keys"
          f"{' (band rows too)' if has_band else ''} into {args.index}")


def stored_text(text):
    """A text as crosscheck stores it from schema v5: its deflated blob when that is smaller, else the text."""
    data = text.encode()
    blob = b"CCZ1" + struct.pack("<Q", len(data)) + zlib.compress(data, 1)
    return blob if len(blob) < len(data) else text


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generates a synthetic news corpus for the index scripts: stories whose articles spread over several nights.

Usage: gen-corpus.py OUT_DIR --articles N --nights K [--seed S] [--start 2026-01-01] [--steady] [--length L]
Writes OUT_DIR/night-001/articles.jsonl … one folder per night, in the JSONL input format (id, title, text, url,
outlet, published, language). A story has its own vocabulary and sentences; its articles quote some of them, add
filler, and state a casualty figure that may change from one night to the next. Deterministic for a seed. Articles
are about 800 bytes; --length L makes them L times as long (L times the story's sentences, quoted and filler), with
the same corpus as before for L = 1.
"""
import argparse
import datetime
import json
import os
import random

SYLLABLES = ["ka", "lo", "mi", "ra", "tu", "ve", "sa", "no", "di", "pe", "qu", "zo", "ba", "fe", "gi", "hu",
             "ja", "ke", "lu", "ma", "ne", "or", "pa", "ri", "si", "te", "ul", "va", "wi", "xe", "yo", "za"]
OUTLETS = ["Daily Wire Service", "Evening Post", "Coast Herald", "Capital News", "Morning Ledger", "Nile Times",
           "Atlas Press", "Harbor Gazette", "Sahel Report", "Delta Chronicle"]


def word(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def sentence(rng, vocabulary, length):
    return " ".join(rng.choice(vocabulary) for _ in range(length)).capitalize() + "."


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--nights", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", default="2026-01-01")
    parser.add_argument("--first-night", type=int, default=1, help="number of the first night folder written")
    parser.add_argument("--steady", action="store_true",
                        help="stories also start up to two nights before the first and run past the last; articles "
                             "outside the nights are left out, so every night holds about ARTICLES / NIGHTS")
    parser.add_argument("--length", type=int, default=1,
                        help="articles L times as long as the default ~800 bytes (real news runs 3 to 5 KB)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    common = [word(rng) for _ in range(20000)]
    start = datetime.date.fromisoformat(args.start)
    per_night = [[] for _ in range(args.nights)]
    total = 0
    story = 0
    while total < args.articles:
        story += 1
        vocabulary = [word(rng) for _ in range(40)] + rng.sample(common, 100)
        sentences = [sentence(rng, vocabulary, rng.randint(8, 16)) for _ in range(10 * args.length)]
        # Without --steady, a story's later articles past the last night pile up on it (the last night holds more).
        first = rng.randrange(-2 if args.steady else 0, args.nights)
        figure = rng.randint(3, 300)
        # Each story words its figure its own way: one sentence shared by every article would make all pairs alike.
        template = f"At least {{}} people were killed in {rng.choice(vocabulary)} {rng.choice(vocabulary)}, " \
            f"{rng.choice(vocabulary)} said."
        size = min(args.articles - total, rng.choice([1, 1, 2, 3, 4, 5, 6]))
        for member in range(size):
            night = first + rng.choice([0, 0, 0, 1, 1, 2])
            if night > first and rng.random() < 0.5:
                figure += rng.randint(1, 20)
            if args.steady and not 0 <= night < args.nights:
                continue
            night = min(args.nights - 1, night)
            body = rng.sample(sentences, 6 * args.length) + [
                sentence(rng, common, rng.randint(8, 14)) for _ in range(3 * args.length)]
            rng.shuffle(body)
            body.insert(rng.randint(0, len(body)), template.format(figure))
            day = start + datetime.timedelta(days=args.first_night - 1 + night)
            total += 1
            per_night[night].append({
                "id": f"s{args.seed}-{story:06d}-{member}",
                "title": sentences[0][:60],
                "text": " ".join(body),
                "url": f"https://example.org/{args.seed}/{story}/{member}",
                "outlet": OUTLETS[(story + member) % len(OUTLETS)],
                "published": day.isoformat(),
                "language": "en",
            })
    for index, articles in enumerate(per_night):
        folder = os.path.join(args.out, f"night-{args.first_night + index:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "articles.jsonl"), "w") as handle:
            for article in articles:
                handle.write(json.dumps(article, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

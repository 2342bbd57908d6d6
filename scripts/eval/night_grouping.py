#!/usr/bin/env python3
"""How well a night grouped its articles with the stories of the index, on a corpus of scripts/gen-corpus.py.

The generator names each article `s<seed>-<story>-<member>`, so the true story of every stored article is known.
The pairs scored are those with at least one article added on the night asked (default: the latest night): a pair
is predicted when both articles have the same group in the index, and true when they come from the same story.
Pairs of two older articles were decided on earlier nights and are left out.

Usage: scripts/eval/night_grouping.py INDEX.db [--night DAYS_SINCE_EPOCH]

Reads the index only (opened read-only); prints precision, recall and F1 with their pair counts.
"""
import argparse
import collections
import re
import sqlite3
import sys

STORY = re.compile(r"^s\d+-(\d+)-\d+$")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("--night", type=int, help="the night (days since 1970-01-01); default: the latest")
    args = parser.parse_args()
    db = sqlite3.connect(f"file:{args.index}?mode=ro", uri=True)
    night = args.night
    if night is None:
        night = db.execute("SELECT max(night) FROM article").fetchone()[0]
    tonight = db.execute("SELECT id, articleID, groupID FROM article WHERE night = ?", (night,)).fetchall()
    stories = set()
    for _, article_id, _ in tonight:
        match = STORY.match(article_id)
        if not match:
            sys.exit(f"article {article_id!r} is not named by scripts/gen-corpus.py (s<seed>-<story>-<member>)")
        stories.add(match.group(1))
    groups = {group for _, _, group in tonight if group is not None}
    # Every stored article of tonight's stories or of tonight's groups: the other side of each scored pair.
    members = {}
    for row_id, article_id, group, added in db.execute("SELECT id, articleID, groupID, night FROM article"):
        match = STORY.match(article_id)
        story = match.group(1) if match else None
        if story in stories or group in groups:
            members[row_id] = (story, group, added == night)
    by_story = collections.defaultdict(list)
    by_group = collections.defaultdict(list)
    for row_id, (story, group, _) in members.items():
        if story is not None:
            by_story[story].append(row_id)
        if group is not None:
            by_group[group].append(row_id)

    def pairs(buckets):
        found = set()
        for rows in buckets.values():
            rows.sort()
            for i, a in enumerate(rows):
                for b in rows[i + 1:]:
                    if members[a][2] or members[b][2]:
                        found.add((a, b))
        return found

    true = pairs(by_story)
    predicted = pairs(by_group)
    print(f"night {night}: {len(tonight)} articles")
    both_new = lambda pair: members[pair[0]][2] and members[pair[1]][2]
    for label, keep in (("all pairs", lambda pair: True), ("both tonight", both_new),
                        ("tonight with older", lambda pair: not both_new(pair))):
        t = {pair for pair in true if keep(pair)}
        p = {pair for pair in predicted if keep(pair)}
        hits = len(t & p)
        precision = hits / len(p) if p else 1.0
        recall = hits / len(t) if t else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{label:>19}: precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}"
              f"  ({len(t)} true pairs, {len(p)} predicted, {hits} right)")


if __name__ == "__main__":
    main()

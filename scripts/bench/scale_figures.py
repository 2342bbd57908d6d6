#!/usr/bin/env python3
"""Prints one table row of scale-run: time, memory and recall of planted pairs for one corpus size."""
import json
import re
import sys

corpus, stats_path, time_path, pairs_path = sys.argv[1:5]
stats = json.load(open(stats_path))
timing = open(time_path).read()
wall = timing.split("Elapsed (wall clock) time (h:mm:ss or m:ss): ")[1].split("\n")[0].split(":")
wall_s = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
cpu_s = float(re.search(r"User time \(seconds\): ([\d.]+)", timing).group(1)) + \
    float(re.search(r"System time \(seconds\): ([\d.]+)", timing).group(1))
rss_mb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", timing).group(1)) / 1024
head = re.compile(r'"id": (\d+), "src": (-?\d+)')
planted = set()
with open(corpus, encoding="utf-8") as f:
    for line in f:
        m = head.match(line, 1)
        if m and int(m.group(2)) >= 0:
            a, b = m.group(1), m.group(2)
            planted.add((min(a, b), max(a, b)))
verified = set()
with open(pairs_path) as f:
    for line in f:
        a, b, _, ok = line.rstrip("\n").split("\t")
        if ok == "1":
            verified.add((min(a, b), max(a, b)))
docs = stats["docs"]
after_sign = sum(stats[k] for k in ("lsh_insert_wall_s", "lsh_query_wall_s", "verify_wall_s", "cluster_wall_s"))
recall = len(planted & verified) / max(1, len(planted))
print(f"| {docs} | {stats['text_mb']:.0f} | {wall_s:.1f} | {cpu_s:.1f} | {stats['sign_cpu_s']:.1f} | {after_sign:.1f} | "
      f"{rss_mb:.0f} | {stats['candidate_pairs']} | {stats['groups']} | {recall:.4f} | {wall_s / docs * 1e6:.1f} | "
      f"{rss_mb * 1024 / docs:.2f} |")

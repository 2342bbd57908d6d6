#!/usr/bin/env python3
"""Runs crosscheck and the MinHash peers (datasketch, rensa, gaoya) on the same corpus file in one run, and prints
the figures of issue 3 side by side with ratios.

Peers are measured by ../shared/bench/peer_minhash.py (each in its own process under /usr/bin/time -v, one thread
for the 'thr 1' lanes); crosscheck by `crosscheck signatures` (text -> signature) and `crosscheck near-copies`
(LSH insert + query, verification, grouping) with the same 128 values, word 5-grams, 32 bands x 4 rows and
threshold 0.5. Text -> signature is compared per CPU-second (process CPU time of that stage, all threads), the
figure that does not depend on how many cores were free.

  scripts/bench/compare-peers          # builds release, generates the corpus if needed, runs everything
"""
import argparse
import json
import os
import re
import subprocess
import sys


def timed_run(cmd):
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr[-3000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
    return rss


def planted(corpus):
    pairs = set()
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("src", -1) >= 0:
                a, b = str(d["id"]), str(d["src"])
                pairs.add((min(a, b), max(a, b)))
    return pairs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--crosscheck", required=True)
    ap.add_argument("--peer-script", required=True)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--skip-peers", action="store_true", help="reuse peers.json from an earlier run")
    args = ap.parse_args()
    corpus = os.path.join(args.dir, "corpus.jsonl")
    peers_json = os.path.join(args.dir, "peers.json")
    if not args.skip_peers:
        subprocess.run([sys.executable, args.peer_script, "--docs", str(args.docs), "--corpus", corpus,
                        "--out", peers_json], check=True)
    peers = {(r["lib"], r["threads"]): r for r in json.load(open(peers_json))["runs"]}

    lsh = ["--shingle", "5", "--permutations", "128", "--threshold", "0.5", "--bands", "32", "--rows", "4"]
    sig_stats = os.path.join(args.dir, "cc-signatures.json")
    sig_rss = timed_run([args.crosscheck, "signatures", corpus, "--out", os.path.join(args.dir, "cc-signatures.jsonl"),
                         "--stats", sig_stats] + lsh)
    nc_stats = os.path.join(args.dir, "cc-near-copies.json")
    pairs_path = os.path.join(args.dir, "cc-pairs.tsv")
    nc_rss = timed_run([args.crosscheck, "near-copies", corpus, "--out", os.path.join(args.dir, "cc-groups.jsonl"),
                        "--pairs", pairs_path, "--stats", nc_stats] + lsh)
    sig, nc = json.load(open(sig_stats)), json.load(open(nc_stats))
    truth = planted(corpus)
    candidates, verified = set(), set()
    for line in open(pairs_path, encoding="utf-8"):
        a, b, _, ok = line.rstrip("\n").split("\t")
        key = (min(a, b), max(a, b))
        candidates.add(key)
        if ok == "1":
            verified.add(key)
    cc = {"docs_cpu": sig["sign_docs_per_cpu_s"], "mb_cpu": sig["sign_mb_per_cpu_s"],
          "lsh_wall": nc["lsh_insert_wall_s"] + nc["lsh_query_wall_s"],
          "lsh_cpu": nc["lsh_insert_cpu_s"] + nc["lsh_query_cpu_s"],
          "recall_cand": len(truth & candidates) / len(truth), "recall_verif": len(truth & verified) / len(truth),
          "cand": len(candidates), "false_cand": len(candidates - truth), "false_verif": len(verified - truth),
          "rss": max(sig_rss, nc_rss)}

    print(f"\n## crosscheck vs peers, {sig['docs']} docs, {sig['text_mb']:.1f} MB, same file: {corpus}\n")
    print("| tool | thr | text->sig docs/CPU-s | MB/CPU-s | LSH insert+query s wall (cpu) | recall cand | "
          "recall verified | cand pairs | false cand | false verified | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    print(f"| crosscheck | all | {cc['docs_cpu']:.0f} | {cc['mb_cpu']:.1f} | {cc['lsh_wall']:.3f} ({cc['lsh_cpu']:.3f}) | "
          f"{cc['recall_cand']:.4f} | {cc['recall_verif']:.4f} | {cc['cand']} | {cc['false_cand']} | "
          f"{cc['false_verif']} | {cc['rss']:.0f} |")
    for (lib, thr), r in sorted(peers.items()):
        if lib == "shingle_only":
            continue
        lsh_wall = (r.get("t_insert") or 0) + (r.get("t_query") or 0)
        lsh_cpu = (r.get("cpu_insert") or 0) + (r.get("cpu_query") or 0)
        cand = r.get("candidate_pairs")
        false_cand = cand - round(r["recall_candidates"] * r["planted_pairs"]) if cand is not None else None
        print(f"| {lib} | {thr} | {r['docs_per_cpu_s_text_to_sig']:.0f} | {r['mb_per_cpu_s_text_to_sig']:.1f} | "
              f"{lsh_wall:.3f} ({lsh_cpu:.3f}) | {r.get('recall_candidates', '-')} | {r.get('recall_verified', '-')} | "
              f"{cand if cand is not None else '-'} | {false_cand if false_cand is not None else '-'} | "
              f"{r.get('false_pairs_verified', '-')} | {r['peak_rss_mb']:.0f} |")

    def peer(lib, thr=1):
        return peers.get((lib, thr))
    print("\n## acceptance ratios (crosscheck / peer, same run)\n")
    g, d, rn = peer("gaoya"), peer("datasketch"), peer("rensa_r")
    rows = []
    if g:
        rows.append(("speed vs gaoya (need >= 5)", cc["docs_cpu"] / g["docs_per_cpu_s_text_to_sig"]))
        rows.append(("peak RSS vs gaoya (need <= 1)", cc["rss"] / g["peak_rss_mb"]))
    if d:
        rows.append(("speed vs datasketch (need >= 40)", cc["docs_cpu"] / d["docs_per_cpu_s_text_to_sig"]))
        dfalse = d["candidate_pairs"] - round(d["recall_candidates"] * d["planted_pairs"])
        rows.append((f"false candidates: crosscheck {cc['false_cand']} vs datasketch {dfalse} (need <=)",
                     cc["false_cand"] / max(1, dfalse)))
    if rn:
        for thr in sorted({t for (lib, t) in peers if lib == "rensa_r"}):
            r = peers[("rensa_r", thr)]
            rows.append((f"LSH insert+query time vs rensa_r thr {thr} (need <= 1, wall)",
                         cc["lsh_wall"] / (r["t_insert"] + r["t_query"])))
    rows.append(("recall of planted pairs, verified (need >= 0.999)", cc["recall_verif"]))
    for name, value in rows:
        print(f"- {name}: {value:.3f}")


if __name__ == "__main__":
    main()

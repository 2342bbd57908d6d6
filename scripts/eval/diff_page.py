#!/usr/bin/env python3
"""Shows what an extraction added (+) and missed (-) on one page, paragraph by paragraph, for tuning.

    python3 scripts/eval/diff_page.py GROUND_TRUTH.json EXTRACT.jsonl PAGE_ID
"""
import json
import re
import sys

gt = json.load(open(sys.argv[1], encoding='utf8'))[sys.argv[3]]['articleBody']
pred = ''
for line in open(sys.argv[2], encoding='utf8'):
    d = json.loads(line)
    if d['id'] == sys.argv[3]:
        pred = d['text']
words = lambda t: re.findall(r'\w+', t.lower())
gt_text = ' '.join(words(gt))
pred_text = ' '.join(words(pred))
for para in pred.split('\n\n'):
    w = ' '.join(words(para))
    if w and w not in gt_text:
        print('+', para[:300])
for para in gt.split('\n'):
    w = ' '.join(words(para))
    if w and w not in pred_text:
        print('-', para[:300])

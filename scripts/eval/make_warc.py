#!/usr/bin/env python3
"""Generates a large WARC.gz (gzip per record) for the streaming test: HTML responses (UTF-8 and windows-1256,
some chunked and gzip-encoded), request records, and binary non-HTML responses.

    python3 scripts/eval/make_warc.py /tmp/big.warc.gz --gigabytes 1
    /usr/bin/time -v .build/release/crosscheck extract /tmp/big.warc.gz > /dev/null

Deterministic (seeded); prints the record counts it wrote.
"""
import argparse
import gzip
import os
import random

WORDS_EN = ('the council said officials storm power homes night crews budget school district minister talks '
            'ceasefire aid border report police court market prices oil shares election vote').split()
WORDS_AR = ('قال المجلس إن المسؤولين العاصفة الكهرباء المنازل الليل الطواقم الميزانية المدرسة الوزير '
            'المحادثات الهدنة المساعدات الحدود الشرطة المحكمة السوق الأسعار النفط الانتخابات').split()


def page(rnd, arabic):
    words = WORDS_AR if arabic else WORDS_EN
    paras = []
    for _ in range(rnd.randint(4, 12)):
        sentence = ' '.join(rnd.choice(words) for _ in range(rnd.randint(25, 60)))
        paras.append(f'<p>{sentence} {rnd.randint(1, 10**6)}.</p>')
    lang = 'ar' if arabic else 'en'
    nav = ''.join(f'<li><a href="/s{i}">{rnd.choice(words)} {rnd.choice(words)}</a></li>' for i in range(20))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><title>{" ".join(rnd.choice(words) for _ in range(8))}'
            f' | Example</title></head><body><nav><ul>{nav}</ul></nav><article><h1>Headline</h1>'
            f'<div class="article-body">{"".join(paras)}</div></article><footer>(c) Example</footer>'
            f'</body></html>')


def chunked(body, size=4096):
    out = b''
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += f'{len(part):x}\r\n'.encode() + part + b'\r\n'
    return out + b'0\r\n\r\n'


def record(kind, uri, content_type, block):
    head = (f'WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-10-01T00:00:00Z\r\n'
            f'WARC-Record-ID: <urn:uuid:{os.urandom(16).hex()}>\r\nContent-Type: {content_type}\r\n'
            f'Content-Length: {len(block)}\r\n\r\n').encode()
    return gzip.compress(head + block + b'\r\n\r\n', compresslevel=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('out')
    ap.add_argument('--gigabytes', type=float, default=1.0)
    args = ap.parse_args()
    rnd = random.Random(1)
    target = int(args.gigabytes * (1 << 30))
    counts = {'html': 0, 'request': 0, 'binary': 0}
    written = 0
    n = 0
    with open(args.out, 'wb') as f:
        while written < target:
            n += 1
            uri = f'https://news{n % 50}.example/{2024}/10/{1 + n % 28:02d}/story-{n}'
            arabic = n % 3 == 0
            html = page(rnd, arabic)
            if arabic and n % 2 == 0:
                body, headers = html.encode('cp1256'), 'Content-Type: text/html; charset=windows-1256\r\n'
            else:
                body, headers = html.encode('utf8'), 'Content-Type: text/html; charset=utf-8\r\n'
            if n % 5 == 0:
                body, headers = gzip.compress(body, 1), headers + 'Content-Encoding: gzip\r\n'
            if n % 7 == 0:
                body, headers = chunked(body), headers + 'Transfer-Encoding: chunked\r\n'
            request = f'GET /story-{n} HTTP/1.1\r\nHost: news.example\r\n\r\n'.encode()
            chunks = [record('request', uri, 'application/http; msgtype=request', request),
                      record('response', uri, 'application/http; msgtype=response',
                             f'HTTP/1.1 200 OK\r\n{headers}\r\n'.encode() + body)]
            counts['request'] += 1
            counts['html'] += 1
            if n % 2 == 0:
                image = os.urandom(rnd.randint(20_000, 80_000))
                chunks.append(record('response', uri + '.jpg', 'application/http; msgtype=response',
                                     b'HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n' + image))
                counts['binary'] += 1
            for c in chunks:
                f.write(c)
                written += len(c)
    print(f'{args.out}: {written / 1e6:.0f} MB, records {counts}')


if __name__ == '__main__':
    main()

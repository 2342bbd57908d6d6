#!/usr/bin/env python3
"""Evaluate `crosscheck facts` on the dev evaluation data in ../shared/eval (see docs/facts-format.md).

Reports, side by side with dateparser on the same date cases:
  * numbers / ordinals / dates accuracy per source, language and kind (numbers_dates_dev.jsonl);
  * FA-KES killed_total accuracy, exact and within 10 % (fakes_dev.jsonl);
  * ANS headline pairs: how often the extracted number sets of the two headlines differ, per stance (ans_stance_dev.jsonl).

Usage: scripts/eval/facts_eval.py [--binary .build/release/crosscheck] [--eval ../shared/eval] [--no-dateparser]
       [--failures FILE]  (writes every failed case with what crosscheck found)

Scoring rules (documented in docs/facts-format.md, "Evaluation"):
  * Duckling (`whole`): numbers and ordinals need one fact of that kind covering the whole text with the expected
    value; dates need one date fact with the expected day and grain (day, week, month, quarter or year), or, for an
    interval, one interval fact with the expected `from` and `to` (exclusive, as Duckling writes it) and grain.
    Duckling's French corpus writes a month or year value with day 00 ("2013-01-00", Haskell's fromGregorian
    clips it to the 1st): it is read as the 1st. Negative cases need none.
  * Recognizers-Text (`spans`): numbers and ordinals need the multiset of values of that kind to equal the expected
    one (a relative ordinal such as "end-1" is matched by an ordinal fact with `relative: "end"` and value -1; the
    OrdinalModelSuppressExtendedTypes specs switch relative ordinals off, so those facts are left out there); date
    extractor specs need as many date facts as expected spans, each overlapping one; parser and model
    specs need every expected date, week, month, quarter or year found with its value (future or past resolution),
    a date range found as an interval with the same start and end, a set (every day) with the same Timex, a season
    (Timex "SU", "2016-SU") an interval over that season. A spec marked IgnoreResolution is checked by its spans,
    as Recognizers' own harness checks it.
    Recognizers ends a range written with both ends at the first day of the closing date ("du 3 au 12 septembre"
    is 09-03 to 09-12, "entre juin 2015 et mai 2018" ends 2018-05-01), where crosscheck's `to` is the day after
    (09-13, 2018-06-01): such a range also matches the fact's `closing` date.
  * Excluded and counted: cases whose expected value has a time of day (grain hour/minute/second, Type time,
    datetime, timerange, datetimerange, or a set whose Timex has a time "T"), and Duckling `latent` cases. Week,
    quarter, holiday, interval and set cases count like the others.
  * For information only, Recognizers-Text cases marked NotSupported on all four of its platforms are counted in
    two extra columns (how many, and the accuracy on the others); the scored figure includes them.
Dates are resolved with `--dates future`: both corpora read a bare weekday or a day without a year as the next one.
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TIME_GRAINS = {"hour", "minute", "second"}
DAY_GRAINS = {"day", "week", "month", "quarter", "year"}


def load(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def run_facts(binary, records, future, reference="2013-02-12"):
    """Runs `crosscheck facts` on JSONL records and returns {id: output line}."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "cases.jsonl")
        with open(path, "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        command = [binary, "facts", path, "--reference-date", reference]
        if future:
            command += ["--dates", "future"]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode not in (0, 2):
            sys.exit(f"crosscheck facts failed ({result.returncode}): {result.stderr[:2000]}")
    return {line["id"]: line for line in map(json.loads, result.stdout.splitlines())}


def ref_date(case):
    reference = case.get("reference_time")
    if reference:
        return reference[:10]
    return "2013-02-12" if case["source"] == "duckling" else "2016-11-07"


def unsupported_upstream(case):
    """True for a Recognizers-Text spec marked NotSupported on every platform its harness runs."""
    marked = case.get("not_supported") or ""
    return all(platform in marked for platform in ("dotnet", "javascript", "python", "java"))


def is_excluded(case):
    """Time-of-day cases (documented exclusion) and Duckling latent cases."""
    if case["kind"] != "date":
        return None
    if case.get("latent"):
        return "latent"
    expected = case["expected"]
    if case["mode"] == "whole":
        if expected is None:
            return None
        if expected.get("type") == "interval":
            grains = {(expected.get(side) or {}).get("grain") for side in ("from", "to")} - {None}
        else:
            grains = {expected.get("grain")}
        return "time of day" if grains & TIME_GRAINS else None
    for item in expected:
        # The last part of the type: a model spec writes "datetimeV2.date", whose "datetime" prefix names the
        # model, not a time of day.
        kind = (item.get("TypeName") or item.get("Type") or "").lower().split(".")[-1]
        if "time" in kind:
            return "time of day"
        resolution = item.get("Resolution") or item.get("Value") or {}
        timex = (resolution.get("Timex") or "") if isinstance(resolution, dict) else ""
        if kind.endswith("set") and "T" in timex.replace("XXXX", ""):
            return "time of day"
    return None


# ---------- expected values ----------

NOT_DATES = {"duration", "timezone"}


def date_items(expected):
    """The expected results of a Recognizers date case that are calendar dates: a model spec lists every entity of
    its text, and a duration ("2 jours") or a time zone is none. A case left with none needs no date fact."""
    return [item for item in expected or []
            if (item.get("TypeName") or item.get("Type") or "").lower().split(".")[-1] not in NOT_DATES]


def unresolved(item):
    """A model result Recognizers could not resolve: "Resolution": "not resolved" (Hijri months), or a date whose
    every value is "not resolved" ("feb 30 2019", "2016-2-30", "this school year"). Only its span can be checked.
    Sets and seasons keep their Timex checks."""
    if isinstance(item.get("Resolution"), str) or isinstance(item.get("Value"), str):
        return True
    entries = (item.get("Resolution") or {}).get("values") or []
    return bool(entries) and all(
        entry.get("value") == "not resolved" and entry.get("type") in ("date", "daterange")
        and not SEASON_TIMEX.match(entry.get("timex") or "")
        for entry in entries)


def recognizer_values(item):
    """Accepted (date, grain) values of one Recognizers result, or None when it is not a day, month or year."""
    values = set()
    kind = (item.get("TypeName") or item.get("Type") or "").split(".")[-1]
    value = item.get("Value") or {}
    resolution = item.get("Resolution") or {}
    entries = []
    if "values" in resolution:
        entries += resolution["values"]
    if "values" in value:
        entries += value["values"]
    for key in ("FutureResolution", "PastResolution"):
        if key in value:
            entries.append(value[key])
    timex = value.get("Timex") or value.get("timex")
    for entry in entries:
        if "date" in entry:
            values.add((entry["date"][:10], "day"))
        if entry.get("type") == "date" and entry.get("value"):
            values.add((entry["value"][:10], "day"))
        start, end = entry.get("start") or entry.get("startDate"), entry.get("end") or entry.get("endDate")
        if start and end:
            grain = span_grain(start[:10], end[:10])
            if grain:
                values.add((start[:10], grain))
            values.add(("range", start[:10], end[:10]))
        elif (start or end) and kind == "daterange":
            # "since 2014", "before 2018": a range open at one end.
            values.add(("range", start[:10] if start else None, end[:10] if end else None))
        if entry.get("set"):
            values.add(("set", entry["set"].replace("Set: ", "")))
        if entry.get("type") == "set" and entry.get("timex"):
            # A model spec resolves a set to its Timex with the value "not resolved".
            values.add(("set", entry["timex"]))
        timex = timex or entry.get("timex")
    season = SEASON_TIMEX.match(timex or "")
    if season:
        # Recognizers resolves a season to its Timex alone ("SU", "2016-SU"; FutureResolution is empty).
        year = season.group(1)
        values.add(("season", int(year) if year and year.isdigit() else None, season.group(2)))
    if kind == "daterange" and timex:
        if len(timex) == 7 and timex[4] == "-" and timex[:4].isdigit():
            values.add((timex + "-01", "month"))
        if len(timex) == 4 and timex.isdigit():
            values.add((timex + "-01-01", "year"))
    return values


SEASON_TIMEX = __import__("re").compile(r"^(?:(\d{4}|XXXX)-)?(SP|SU|FA|WI)$")
# The month a season's interval starts in (astronomical seasons of the northern hemisphere), by Timex code.
SEASON_START = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


def season_values(fact):
    """("season", year, code) forms of an interval fact that spans one season, as Recognizers' Timex names it: the
    year alone ("2016-SU"), or none ("SU"). Winter starting in December Y is Recognizers' "Y-WI" or "(Y+1)-WI"."""
    import datetime

    try:
        first = datetime.date.fromisoformat(fact["from"])
        last = datetime.date.fromisoformat(fact["to"])
    except (KeyError, TypeError, ValueError):
        return set()
    code = SEASON_START.get(first.month)
    if not code or not 80 <= (last - first).days <= 100:
        return set()
    years = {first.year, first.year + 1} if code == "WI" else {first.year}
    return {("season", None, code)} | {("season", year, code) for year in years}


def span_grain(start, end):
    """'month' when [start, end) is one calendar month, 'quarter' for one quarter, 'year' for one year, 'week' for
    seven days from a Monday."""
    import datetime

    try:
        first, last = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    except ValueError:
        return None
    if first.weekday() == 0 and (last - first).days == 7:
        return "week"
    if start[8:] != "01" or end[8:] != "01":
        return None
    sy, sm, ey, em = int(start[:4]), int(start[5:7]), int(end[:4]), int(end[5:7])
    if sm == 1 and ey == sy + 1 and em == 1:
        return "year"
    if (ey * 12 + em) - (sy * 12 + sm) == 1:
        return "month"
    if (ey * 12 + em) - (sy * 12 + sm) == 3 and sm % 3 == 1:
        return "quarter"
    return None


def clip(value):
    """An ISO day with Duckling's day or month 00 read as 01 (Haskell's fromGregorian clips it)."""
    value = value[:10]
    if value[5:7] == "00":
        value = value[:5] + "01" + value[7:]
    if value[8:10] == "00":
        value = value[:8] + "01"
    return value


def fact_value(fact):
    """(first day, grain) of a date value; None for an interval or a set."""
    date, grain = fact.get("date"), fact.get("grain")
    if not date or fact.get("type", "value") != "value":
        return None
    if grain in ("month", "quarter"):
        date += "-01"
    elif grain == "year":
        date += "-01-01"
    return (date, grain)


def fact_values(fact):
    """Every form a Recognizers resolution may take for this fact: its value, its interval, its set."""
    values = {fact_value(fact)}
    if fact.get("type") == "interval" and (fact.get("from") or fact.get("to")) and not (fact.get("from") and fact.get("to")):
        values.add(("range", fact.get("from"), fact.get("to")))
    if fact.get("type") == "interval" and fact.get("from") and fact.get("to"):
        values.add(("range", fact["from"], fact["to"]))
        values |= season_values(fact)
        if fact.get("closing"):
            # Recognizers ends "from A to B" at the first day of B ("du 3 au 12 septembre": endDate 09-12).
            values.add(("range", fact["from"], fact["closing"]))
    if fact.get("type") == "set":
        values.add(("set", fact.get("set")))
    return values - {None}


def close(a, b):
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


def number_value(text):
    """A resolution value as a float; French specs write the decimal comma ("0,5", "-1,2732E+15")."""
    if isinstance(text, str) and text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def ordinal_key(text):
    """Recognizers' ordinal value as (anchor, offset): "3" -> ("start", 3.0), "end-1" -> ("end", -1.0)."""
    value = number_value(text)
    if value is not None:
        return ("start", value)
    for anchor in ("end", "current"):
        if isinstance(text, str) and text.startswith(anchor):
            offset = number_value(text[len(anchor):])
            return (anchor, offset) if offset is not None else None
    return None


# ---------- scoring crosscheck ----------

def score_case(case, line):
    facts = (line or {}).get("facts", [])
    kind, expected, text = case["kind"], case["expected"], case["text"]
    wanted = "ordinal" if kind == "ordinal" else "number" if kind == "number" else "date"
    found = [fact for fact in facts if fact["kind"] == wanted]
    if case["mode"] == "whole":
        if expected is None:
            return not found
        if kind in ("number", "ordinal"):
            body = text.strip()
            covering = [f for f in found if f["text"].strip() == body or (f["start"] <= text.index(body[0]) and
                                                                            f["end"] >= len(text.rstrip()))]
            return len(found) == 1 and len(covering) == 1 and close(covering[0]["value"], expected["value"])
        if len(found) != 1:
            return False
        if expected.get("type") == "interval":
            fact = found[0]
            grain = (expected.get("from") or expected.get("to"))["grain"]
            want = tuple(clip(expected[side]["value"]) if expected.get(side) else None for side in ("from", "to"))
            return fact.get("type") == "interval" and fact.get("grain") == grain and \
                (fact.get("from"), fact.get("to")) == want
        if expected.get("type") != "value" or expected.get("grain") not in DAY_GRAINS:
            return False
        return fact_value(found[0]) == (clip(expected["value"]), expected["grain"])
    if case.get("ignore_resolution") and expected:
        # The spec sets IgnoreResolution: Recognizers' own harness then compares the extracted spans, not values.
        return spans_match(found, expected)
    if kind == "ordinal":
        # Relative ordinals ("end-1", "current+1") carry their anchor in `relative`; the SuppressExtendedTypes
        # models are the same ordinal model with relative ordinals switched off, so those facts are left out there.
        if case.get("model", "").endswith("SuppressExtendedTypes"):
            found = [f for f in found if not f.get("relative")]
        keys = [ordinal_key((item.get("Resolution") or {}).get("value")) for item in expected]
        if any(key is None for key in keys):
            return False
        got = sorted((f.get("relative") or "start", f["value"]) for f in found)
        keys = sorted(keys)
        return len(got) == len(keys) and all(a[0] == b[0] and close(a[1], b[1]) for a, b in zip(got, keys))
    if kind == "number":
        values = [number_value((item.get("Resolution") or {}).get("value")) for item in expected]
        if any(value is None for value in values):
            return False
        got = sorted(f["value"] for f in found)
        return len(got) == len(values) and all(close(a, b) for a, b in zip(got, sorted(values)))
    expected = date_items(expected)
    if not expected:
        return not found
    if len(found) != len(expected):
        return False
    if case.get("spec_kind") == "extractor":
        return spans_match(found, expected)
    for item in expected:
        if unresolved(item):
            if not spans_match_one(found, item):
                return False
            continue
        accepted = recognizer_values(item)
        if not accepted or not any(fact_values(f) & accepted for f in found):
            return False
    return True


def in_season(day, value):
    """Whether dateparser's day falls in the season of a ("season", year, code) value (any year when none)."""
    if value[0] != "season":
        return False
    _, year, code = value
    months = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}[code]
    if day.month not in months:
        return False
    return year is None or day.year == year or (code == "WI" and day.month == 12 and day.year + 1 == year)


def spans_match(found, expected):
    """As many facts as expected spans, each expected span overlapped by one (Start/End inclusive, or Length)."""
    return len(found) == len(expected) and all(spans_match_one(found, item) for item in expected)


def spans_match_one(found, item):
    """Whether one of the facts overlaps the expected span (Start/End inclusive, or Length)."""
    start = item.get("Start", 0)
    end = start + item["Length"] if "Length" in item else item.get("End", start) + 1
    return any(f["start"] < end and f["end"] > start for f in found)


# ---------- dateparser ----------

def dateparser_case(case, parser):
    """Scores dateparser on a date case the same way, or None when not a date case."""
    import datetime

    kind, expected, text = case["kind"], case["expected"], case["text"]
    reference = datetime.datetime.fromisoformat(ref_date(case))
    settings = {"RELATIVE_BASE": reference, "PREFER_DATES_FROM": "future", "PREFER_DAY_OF_MONTH": "first",
                "RETURN_TIME_AS_PERIOD": True}
    languages = [case["lang"]]
    if case["mode"] == "whole":
        try:
            result = parser.parse(text, languages=languages, settings=settings)
        except Exception:
            result = None
        if expected is None:
            return result is None
        if result is None or expected.get("type") != "value" or expected.get("grain") not in DAY_GRAINS:
            return False
        return within(result.date(), clip(expected["value"]), expected["grain"])
    try:
        from dateparser.search import search_dates

        results = search_dates(text, languages=languages, settings=settings) or []
    except Exception:
        results = []
    expected = date_items(expected)
    if not expected:
        return not results
    if len(results) != len(expected):
        return False
    if case.get("spec_kind") == "extractor":
        spans = []
        for found_text, _ in results:
            start = text.find(found_text)
            spans.append((start, start + len(found_text)))
        for item in expected:
            start = item.get("Start", 0)
            end = start + item["Length"] if "Length" in item else item.get("End", start) + 1
            if not any(s < end and e > start for s, e in spans):
                return False
        return True
    for item in expected:
        if unresolved(item):
            continue
        accepted = recognizer_values(item)
        ok = False
        for _, moment in results:
            if any(len(value) == 2 and value[0] != "set" and within(moment.date(), *value) for value in accepted) \
                    or any(in_season(moment.date(), value) for value in accepted):
                ok = True
        if not ok:
            return False
    return True


def within(day, first, grain):
    """True when dateparser's single day lies in the expected period (it has no weeks, quarters or grains)."""
    import datetime

    try:
        start = datetime.date.fromisoformat(first)
    except ValueError:  # a season Timex such as "2016-SU"
        return False
    if grain == "day":
        return day == start
    if grain == "week":
        return 0 <= (day - start).days < 7
    months = {"month": 1, "quarter": 3, "year": 12}[grain]
    index = (day.year * 12 + day.month) - (start.year * 12 + start.month)
    return 0 <= index < months


# ---------- reports ----------

def numbers_dates(args, out):
    cases = [c for c in load(os.path.join(args.eval, "numbers_dates_dev.jsonl"))
             if c["kind"] in ("number", "ordinal", "date")]
    lines = {}
    by_reference = collections.defaultdict(list)
    for case in cases:
        by_reference[ref_date(case)].append(case)
    for reference, group in sorted(by_reference.items()):
        records = [{"id": c["id"], "text": c["text"] if c["text"].strip() else " ", "published": reference,
                    "language": c["lang"]} for c in group]
        lines.update(run_facts(args.binary, records, future=True, reference=reference))
    parser = None
    if not args.no_dateparser:
        import dateparser as parser
    # scored, correct, excluded, dateparser correct, unsupported upstream (scored), of those correct
    table = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    failures = []
    for case in cases:
        key = (case["source"], case["lang"], case["kind"])
        row = table[key]
        if is_excluded(case):
            row[2] += 1
            continue
        row[0] += 1
        ok = score_case(case, lines.get(case["id"]))
        row[1] += ok
        if unsupported_upstream(case):
            row[4] += 1
            row[5] += ok
        if not ok:
            failures.append({"id": case["id"], "text": case["text"], "expected": case["expected"],
                             "found": (lines.get(case["id"]) or {}).get("facts")})
        if parser and case["kind"] == "date":
            row[3] += bool(dateparser_case(case, parser))
    out.append("## Numbers, ordinals and dates (numbers_dates_dev.jsonl)\n")
    out.append("| source | lang | kind | scored | crosscheck | dateparser | excluded (time of day, latent) "
               "| of the scored, NotSupported upstream | crosscheck on the rest |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    for (source, lang, kind), (scored, correct, excluded, other, unsupported, passed) in sorted(table.items()):
        ours = f"{correct}/{scored} = {100 * correct / max(scored, 1):.1f} %"
        theirs = f"{100 * other / max(scored, 1):.1f} %" if kind == "date" and parser else "-"
        if unsupported:
            held, right = scored - unsupported, correct - passed
            upstream = f"{unsupported} ({passed} right)"
            rest = f"{right}/{held} = {100 * right / max(held, 1):.1f} %"
        else:
            upstream, rest = "-", "-"
        out.append(f"| {source} | {lang} | {kind} | {scored} | {ours} | {theirs} | {excluded} | {upstream} | {rest} |")
    out.append("")
    out.append("The scored figure counts every case. The last two columns are for information: Recognizers-Text marks "
               "some specs NotSupported on all four of its platforms (dotnet, javascript, python, java), so its own "
               "harness never runs them; many have no reference time and expect dates relative to the day they were "
               "written.")
    out.append("")
    return failures


def fakes(args, out):
    rows = load(os.path.join(args.eval, "fakes_dev.jsonl"))
    records = [{"id": r["id"], "text": r["text"], "published": r["date"], "language": "en"} for r in rows]
    lines = run_facts(args.binary, records, future=False, reference="2019-01-01")
    exact = within = 0
    failures = []
    for row in rows:
        line = lines.get(row["id"]) or {}
        total = (line.get("totals") or {}).get("killed")
        predicted = 0.0
        if total:
            predicted = total.get("min", 0)
            for fact in line.get("facts", []):
                if (fact["kind"] == "casualty" and fact["casualty"] == "killed" and fact.get("min") == total.get("min")
                        and fact.get("max") == total.get("max") and fact.get("stated") is not None):
                    predicted = fact["stated"]
                    break
        label = float(row["killed_total"])
        exact += predicted == label
        within += abs(predicted - label) <= 0.1 * label
        if predicted != label:
            failures.append({"id": row["id"], "label": label, "predicted": predicted, "title": row["title"]})
    count = len(rows)
    out.append("## FA-KES killed_total (fakes_dev.jsonl)\n")
    out.append(f"- articles: {count}")
    out.append(f"- exact: {exact}/{count} = {100 * exact / count:.1f} %")
    out.append(f"- within ±10 %: {within}/{count} = {100 * within / count:.1f} %\n")
    return failures


def ans(args, out):
    rows = load(os.path.join(args.eval, "ans_stance_dev.jsonl"))
    records = []
    for row in rows:
        records.append({"id": row["id"] + "#1", "text": row["s1"], "language": "ar"})
        records.append({"id": row["id"] + "#2", "text": row["s2"], "language": "ar"})
    lines = run_facts(args.binary, records, future=False, reference="2019-01-01")

    def values(key):
        facts = (lines.get(key) or {}).get("facts", [])
        return sorted({round(f["value"], 6) for f in facts if f["kind"] == "number" and not 1900 <= f["value"] <= 2100})

    table = collections.defaultdict(lambda: [0, 0])
    agree_triage = triage_total = 0
    for row in rows:
        first, second = values(row["id"] + "#1"), values(row["id"] + "#2")
        differ = bool(first) and bool(second) and first != second
        table[row["stance"]][0] += 1
        table[row["stance"]][1] += differ
        if row["numbers_differ"] is not None:
            triage_total += 1
            agree_triage += differ == row["numbers_differ"]
    out.append("## ANS headline pairs (ans_stance_dev.jsonl)\n")
    out.append("| stance | pairs | both have numbers and they differ |")
    out.append("|---|---|---|")
    for stance, (count, differ) in sorted(table.items()):
        out.append(f"| {stance} | {count} | {differ} ({100 * differ / count:.1f} %) |")
    out.append(f"\nAgreement with the data set's automatic `numbers_differ` triage: {agree_triage}/{triage_total} = "
               f"{100 * agree_triage / max(triage_total, 1):.1f} %\n")


def probes(args, out):
    """Hand-written traps (scripts/eval/casualty_probes.jsonl): ages, road and unit numbers, codes, money, years,
    anniversaries, denials, shares, vague words, in Arabic, English and French, with controls that must still give
    a figure. A total is false when the output has a kind the text does not support or a different interval for it;
    missed when the output lacks a kind the text supports."""
    rows = []
    for name in (
        "casualty_probes.jsonl", "casualty_probes_second.jsonl", "casualty_probes_third.jsonl",
        "casualty_probes_fourth.jsonl", "casualty_probes_fifth.jsonl", "casualty_probes_sixth.jsonl",
        "casualty_probes_seventh.jsonl", "casualty_probes_eighth.jsonl", "casualty_probes_ninth.jsonl",
        "casualty_probes_tenth.jsonl", "casualty_probes_eleventh.jsonl",
        "casualty_probes_twelfth.jsonl", "casualty_probes_thirteenth.jsonl", "casualty_probes_fourteenth.jsonl",
        "casualty_rules_review.jsonl",
    ):
        path = os.path.join(ROOT, "scripts", "eval", name)
        if os.path.exists(path):
            rows += [dict(row, set=name) for row in load(path)]
    records = [{"id": r["id"], "text": r["text"], "published": "2026-11-20", "language": r["language"]} for r in rows]
    lines = run_facts(args.binary, records, future=False, reference="2026-11-20")
    table = collections.defaultdict(lambda: [0, 0, 0, 0])
    failures = []
    for row in rows:
        got = {k: (v.get("min"), v.get("max")) for k, v in ((lines.get(row["id"]) or {}).get("totals") or {}).items()}
        want = {k: (v.get("min"), v.get("max")) for k, v in (row["expect"].get("totals") or {}).items()}
        entry = table[(row["set"], row["language"])]
        entry[0] += 1
        entry[1] += got == want
        entry[2] += any(want.get(kind) != value for kind, value in got.items())
        entry[3] += any(kind not in got for kind in want)
        if got != want:
            failures.append({"id": "probe:" + row["id"], "set": row["set"], "text": row["text"], "expected": want,
                             "found": got})
    out.append("## Casualty traps (scripts/eval/casualty_probes*.jsonl)\n")
    out.append("| set | lang | sentences | totals right | with a false total | with a missed total |")
    out.append("|---|---|---|---|---|---|")
    for (name, language), (count, right, false, missed) in sorted(table.items()):
        out.append(f"| {name} | {language} | {count} | {right} ({100 * right / count:.1f} %) | {false} | {missed} |")
    out.append("")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "crosscheck"))
    parser.add_argument("--eval", default=os.path.join(os.path.dirname(ROOT), "shared", "eval"))
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--failures", help="write the failed cases as JSON lines to this file")
    parser.add_argument("--only", choices=["numbers", "fakes", "ans", "probes"], help="run one part only")
    args = parser.parse_args()
    if not os.path.isdir(args.eval):
        sys.exit(f"evaluation data not found at {args.eval} (pass --eval)")
    out = [f"# crosscheck facts evaluation ({args.binary})\n"]
    failures = []
    if args.only in (None, "numbers"):
        failures += numbers_dates(args, out)
    if args.only in (None, "fakes"):
        failures += fakes(args, out)
    if args.only in (None, "ans"):
        ans(args, out)
    if args.only in (None, "probes"):
        failures += probes(args, out)
    print("\n".join(out))
    if args.failures:
        with open(args.failures, "w", encoding="utf-8") as handle:
            for failure in failures:
                handle.write(json.dumps(failure, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

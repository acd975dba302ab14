#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates case files against docs/case.schema.json (JSON Schema 2020-12).

Usage: check_schema.py SCHEMA FILE...

Checks that the schema itself is a valid 2020-12 schema, that every FILE is valid
(format checking on), that a small document built here is valid, and that deliberately
broken variants of it are rejected: so a schema that accepts everything fails the test.
A FILE ending in .md is a document: each ```json block preceded by a line
"<!-- same-as: PATH -->" (PATH relative to the document) must be valid and equal, as
JSON, to the file at PATH, so a documented example cannot drift from its tested copy.
Exits 0 when all checks pass, 1 otherwise, with one message per problem on stderr.
Needs Debian's python3-jsonschema (run with /usr/bin/python3).
"""

import copy
import json
import os
import re
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:  # pragma: no cover - environment problem, reported plainly
    sys.exit("check_schema.py: python3-jsonschema is missing (apt install python3-jsonschema; "
             "run with /usr/bin/python3)")


def describe(error):
    if error.validator == "pattern" and error.schema.get("format") == "date-time":
        return (f"{error.instance!r} is not an RFC 3339 date-time with an offset "
                "(e.g. 2010-01-17T10:45:00-05:00 or 2010-01-17T15:45:00Z)")
    return error.message


def location(error):
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return path.lstrip(".") or "(document)"


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# A small valid case, the base of the broken and accepted variants below.
BASE = {
    "format": "cascade-case",
    "version": 1,
    "title": "Base",
    "origin": "@ngo",
    "targets": ["@target"],
    "actors": [
        {"handle": "@ngo", "role": "ngo", "followers": 10},
        {"handle": "@target", "role": "military"},
    ],
    "events": [
        {"id": "e1", "time": "2010-01-17T10:45:00-05:00", "kind": "post", "author": "@ngo",
         "mentions": ["@target"], "source": "s", "confidence": 0.5},
        {"id": "e2", "time": "2010-01-17T16:00:00Z", "kind": "reply", "author": "@target",
         "parent": "e1", "mentions": ["@ngo"]},
    ],
    "sources": [{"id": "s", "title": "t", "url": ""}],
    "milestones": [{"time": "2010-01-17T10:45:00-05:00", "title": "Start"}],
    "notes": [{"text": "n", "actor": "@ngo", "time": "2010-01-17T10:45:00-05:00"}],
}


def first_event(doc):
    return doc["events"][0]


def broken_documents(valid):
    """(name, document) pairs, each breaking one rule the schema must enforce."""
    out = []

    def variant(name, mutate):
        doc = copy.deepcopy(valid)
        mutate(doc)
        out.append((name, doc))

    variant("missing events", lambda d: d.pop("events"))
    variant("missing actors", lambda d: d.pop("actors"))
    variant("missing format", lambda d: d.pop("format"))
    variant("version 2", lambda d: d.__setitem__("version", 2))
    variant("version as a string", lambda d: d.__setitem__("version", "1"))
    variant("wrong format", lambda d: d.__setitem__("format", "cascade"))
    variant("time without offset",
            lambda d: first_event(d).__setitem__("time", "2010-01-17T10:45:00"))
    variant("date only", lambda d: first_event(d).__setitem__("time", "2010-01-17"))
    variant("month 13", lambda d: first_event(d).__setitem__("time", "2010-13-17T10:45:00Z"))
    variant("unknown kind", lambda d: first_event(d).__setitem__("kind", "like"))
    variant("event without author", lambda d: first_event(d).pop("author"))
    variant("event without id", lambda d: first_event(d).pop("id"))
    variant("confidence above 1", lambda d: first_event(d).__setitem__("confidence", 1.5))
    variant("mentions not an array",
            lambda d: first_event(d).__setitem__("mentions", "@AnnCurry"))
    variant("negative followers",
            lambda d: d["actors"].append({"handle": "@negative", "followers": -1}))
    variant("actor without handle", lambda d: d["actors"].append({"name": "no handle"}))
    variant("bad role colour",
            lambda d: d.setdefault("roles", []).append({"id": "x", "color": "red"}))
    variant("milestone without title",
            lambda d: d.setdefault("milestones", []).append({"time": "2010-01-17T10:45:00Z"}))
    variant("note time without offset",
            lambda d: d.setdefault("notes", []).append({"text": "t", "time": "2010-01-17T10:45"}))
    variant("unknown layout engine",
            lambda d: d.__setitem__("layouts", {"circo": {"seed": 1}}))
    return out


def accepted_variants(valid):
    """Documents the schema must accept: unknown members, other offsets, fractions."""
    out = []

    def variant(name, mutate):
        doc = copy.deepcopy(valid)
        mutate(doc)
        out.append((name, doc))

    variant("unknown top-level member", lambda d: d.__setitem__("x_custom", {"a": [1, 2]}))
    variant("unknown event member", lambda d: first_event(d).__setitem__("x_custom", True))
    variant("UTC Z with 9 fraction digits",
            lambda d: first_event(d).__setitem__("time", "2010-01-17T15:45:00.123456789Z"))
    variant("positive offset",
            lambda d: first_event(d).__setitem__("time", "2010-01-17T20:45:00+05:00"))
    return out


SAME_AS = re.compile(r"<!-- same-as: (\S+) -->\s*\n```json\n(.*?)\n```", re.DOTALL)


def documented_examples(md_path):
    """(label, document or None, copy path, error) for each same-as block of a document."""
    with open(md_path, encoding="utf-8") as f:
        text = f.read()
    out = []
    for match in SAME_AS.finditer(text):
        line = text.count("\n", 0, match.start(2)) + 1
        label = f"{md_path}:{line}"
        copy_path = os.path.join(os.path.dirname(md_path), match.group(1))
        try:
            out.append((label, json.loads(match.group(2)), copy_path, None))
        except ValueError as e:
            out.append((label, None, copy_path, f"example is not valid JSON: {e}"))
    return out


def check(validator, label, doc):
    errors = sorted(validator.iter_errors(doc), key=location)
    for e in errors:
        print(f"{label}: {location(e)}: {describe(e)}", file=sys.stderr)
    if not errors:
        print(f"{label}: valid")
    return len(errors)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema = load_json(argv[1])
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    failures = 0
    for path in argv[2:]:
        if path.endswith(".md"):
            examples = documented_examples(path)
            if not examples:
                print(f"{path}: no '<!-- same-as: PATH -->' example found", file=sys.stderr)
                failures += 1
            for label, doc, copy_path, error in examples:
                if error:
                    print(f"{label}: {error}", file=sys.stderr)
                    failures += 1
                    continue
                failures += check(validator, label, doc)
                try:
                    same = load_json(copy_path) == doc
                except (OSError, ValueError) as e:
                    print(f"{label}: cannot read {copy_path}: {e}", file=sys.stderr)
                    failures += 1
                    continue
                if not same:
                    print(f"{label}: example differs from {copy_path}", file=sys.stderr)
                    failures += 1
            continue
        try:
            doc = load_json(path)
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read: {e}", file=sys.stderr)
            failures += 1
            continue
        failures += check(validator, path, doc)

    base_errors = list(validator.iter_errors(BASE))
    for e in base_errors:
        print(f"schema rejects the built-in base document: {location(e)}: {describe(e)}",
              file=sys.stderr)
    failures += len(base_errors)
    if not base_errors:
        for name, doc in broken_documents(BASE):
            if validator.is_valid(doc):
                print(f"schema accepts a broken document ({name})", file=sys.stderr)
                failures += 1
        for name, doc in accepted_variants(BASE):
            errors = list(validator.iter_errors(doc))
            for e in errors:
                print(f"schema rejects a valid variant ({name}): {location(e)}: {describe(e)}",
                      file=sys.stderr)
            failures += len(errors)
        print(f"checked {len(broken_documents(BASE))} broken and "
              f"{len(accepted_variants(BASE))} valid variants")

    if failures:
        print(f"{failures} problem(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts, independently of Cascade's importer, what a twarc v1 or twarc2 file holds under
the conventions docs/importing.md states; the figures are written into
tests/core/import_realdata_test.cpp and tests/core/xarchive_test.cpp.
Usage: count_twitter.py v1|v2 FILE... | count_twitter.py xarchive FOLDER"""
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime


def plausible(t):
    return t is not None and 1990 <= t.year < 2100


def v1_time(s):
    try:
        return datetime.strptime(s, "%a %b %d %H:%M:%S %z %Y")
    except (TypeError, ValueError):
        return None


def v2_time(s):
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00"))
    except (TypeError, ValueError, AttributeError):
        return None


def leading_len(text):
    m = re.match(r"^((@[\w.\-@]+)(\s+|$))*", text)
    s = m.group(0).rstrip() if m else ""
    return len(s)


class Count:
    def __init__(self):
        self.records = 0
        self.skipped = Counter()
        self.posts = {}      # id -> the kept copy: kind, author, mentions, parent, parent author
        self.handles = {}    # lower-case handle -> id
        self.edit_of = {}    # older version id -> newest

    def ref(self, uid, handle):
        return uid if uid else ("@" + handle.lower() if handle else None)

    def add(self, pid, rank, post, history=None):
        if history and len(history) > 1:
            for old in history[:-1]:
                self.edit_of[old] = history[-1]
                if old in self.posts:
                    moved = self.posts.pop(old)
                    self.posts.setdefault(history[-1], moved)
        key = self.edit_of.get(pid, pid)
        post["newest"] = key == pid
        kept = self.posts.get(key)
        if kept is None or (post["newest"] and not kept["newest"]) or (
                post["newest"] == kept["newest"] and rank > kept["rank"]):
            post["rank"] = rank
            self.posts[key] = post

    def actors(self):
        def resolve(a):
            return self.handles.get(a[1:], a) if a.startswith("@") else a
        out = set()
        for p in self.posts.values():
            out.add(p["author"])
            out.update(resolve(m) for m in p["mentions"] if m)
            parent = self.edit_of.get(p["parent"], p["parent"])
            if parent and parent not in self.posts and p["parent_author"]:
                out.add(resolve(p["parent_author"]))
        return out


def v1_tweet(c, t, depth=0):
    for key in ("retweeted_status", "quoted_status"):
        if depth < 3 and isinstance(t.get(key), dict) and t[key].get("id_str") and t[key].get("user"):
            v1_tweet(c, t[key], depth + 1)
    if not plausible(v1_time(t.get("created_at"))):
        c.skipped["impossible date"] += 1
        return
    u = t["user"]
    if u.get("screen_name"):
        c.handles[u["screen_name"].lower()] = u["id_str"]
    ext = t.get("extended_tweet") or {}
    ents = ext.get("entities") or t.get("entities") or {}
    text = ext.get("full_text") or t.get("full_text") or t.get("text") or ""
    rng = ext.get("display_text_range") or t.get("display_text_range")
    kind, leading, skip_rt, parent, pauthor = "post", -1, False, None, None
    if t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id"):
        kind, parent = "reply", str(t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id"))
        pauthor = c.ref(t.get("in_reply_to_user_id_str"), t.get("in_reply_to_screen_name"))
        leading = rng[0] if rng else leading_len(text)
    elif isinstance(t.get("retweeted_status"), dict):
        kind, skip_rt, parent = "repost", True, t["retweeted_status"]["id_str"]
        pauthor = t["retweeted_status"]["user"]["id_str"]
    elif t.get("quoted_status_id_str") or isinstance(t.get("quoted_status"), dict):
        kind = "quote"
        parent = t.get("quoted_status_id_str") or t["quoted_status"]["id_str"]
        if isinstance(t.get("quoted_status"), dict):
            pauthor = t["quoted_status"]["user"]["id_str"]
    mentions = []
    for m in ents.get("user_mentions") or []:
        start, end = m["indices"]
        if leading >= 0 and end <= leading:
            continue
        if skip_rt and start == 3:
            skip_rt = False
            continue
        mentions.append(c.ref(m.get("id_str") if m.get("id_str") != "-1" else None, m.get("screen_name")))
    rank = (2 if depth == 0 else 1) + (1 if ext.get("full_text") else 0)
    c.add(t["id_str"], rank, dict(kind=kind, author=u["id_str"], mentions=mentions, parent=parent, parent_author=pauthor))


def v1_record(c, r, top=True):
    if isinstance(r, list):
        for x in r:
            v1_record(c, x, False)
        return
    first = next(iter(r), None)
    notices = {"delete": "delete notice", "limit": "limit notice"}
    if first in notices:
        c.records += 1
        c.skipped[notices[first]] += 1
        return
    if first == "statuses" and top:
        v1_record(c, r["statuses"], False)
        return
    c.records += 1
    if not r.get("id_str") or not isinstance(r.get("user"), dict):
        c.skipped["not a tweet"] += 1
        return
    v1_tweet(c, r)


def v2_page(c, page):
    users = list(page.get("includes", {}).get("users", []))
    tweets = page.get("data")
    tweets = [tweets] if isinstance(tweets, dict) else (tweets or [])
    if "data" not in page and "includes" not in page and "errors" not in page:
        tweets = [page]  # flattened
    included = list(page.get("includes", {}).get("tweets", []))
    for t in tweets:
        for r in t.get("referenced_tweets") or []:
            if "author_id" in r:
                included.append(r)
        for k in ("author", "in_reply_to_user"):
            if isinstance(t.get(k), dict):
                users.append(t[k])
    for t in tweets:
        for m in (t.get("entities") or {}).get("mentions") or []:
            if m.get("id") and m.get("name"):
                users.append(m)
    by_handle = {u["username"].lower(): u["id"] for u in users if "username" in u}
    by_id = {u["id"]: u["username"] for u in users if "username" in u}
    for u in users:
        c.handles[u["username"].lower()] = u["id"]
    errors = len(page.get("errors") or [])
    c.records += errors
    if errors:
        c.skipped["error object"] += errors
    # included tweets reachable from the data tweets through referenced_tweets
    inc = {t["id"]: t for t in included if t.get("id")}
    seen, todo = set(), list(tweets)
    while todo:
        t = todo.pop()
        for r in t.get("referenced_tweets") or []:
            if r["id"] in inc and r["id"] not in seen:
                seen.add(r["id"])
                todo.append(inc[r["id"]])
                if inc[r["id"]].get("author_id"):
                    v2_tweet(c, inc[r["id"]], by_handle, by_id, False)
    for t in tweets:
        c.records += 1
        if "text" not in t and "author_id" not in t:
            c.skipped["user object" if "username" in t else "count object" if "tweet_count" in t else "not a tweet"] += 1
            continue
        v2_tweet(c, t, by_handle, by_id, True)


def v2_tweet(c, t, by_handle, by_id, top):
    if not plausible(v2_time(t.get("created_at"))):
        c.skipped["impossible date"] += 1
        return
    refs = {}
    for r in t.get("referenced_tweets") or []:
        refs.setdefault(r["type"], r["id"])
    text = t.get("text", "")
    kind, leading, skip_rt, parent, pauthor = "post", -1, False, None, None
    if "replied_to" in refs:
        kind, leading, parent = "reply", leading_len(text), refs["replied_to"]
        pauthor = t.get("in_reply_to_user_id")
    elif "retweeted" in refs:
        kind, skip_rt, parent = "repost", True, refs["retweeted"]
    elif "quoted" in refs:
        kind, parent = "quote", refs["quoted"]
    mentions = []
    for m in (t.get("entities") or {}).get("mentions") or []:
        if leading > 0 and m["start"] < leading:
            continue
        mid = m.get("id") or by_handle.get(m["username"].lower())
        if skip_rt and m["start"] == 3:
            skip_rt = False
            pauthor = pauthor or mid or c.ref(None, m["username"])
            continue
        mentions.append(c.ref(mid, m["username"]))
    c.add(t["id"], 2 if top else 1, dict(kind=kind, author=t["author_id"], mentions=mentions, parent=parent,
                                         parent_author=pauthor), t.get("edit_history_tweet_ids"))


def js_array(path):
    """The JSON array after the first '=' of an X archive data file."""
    text = open(path, encoding="utf-8-sig").read()
    rest = text[text.index("=") + 1:].strip()
    return json.loads(rest[:-1] if rest.endswith(";") else rest)


STATUS_LINK = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]{1,50})/status(?:es)?/(\d+)", re.I)


def xarchive(c, folder):
    if os.path.isdir(os.path.join(folder, "data")):
        folder = os.path.join(folder, "data")
    part = re.compile(r"^tweets?(?:-part(\d{1,6}))?\.js$")
    names = sorted((int(m.group(1) or 0), n) for n in os.listdir(folder) if (m := part.match(n)))
    owner = None
    if os.path.exists(os.path.join(folder, "account.js")):
        for item in js_array(os.path.join(folder, "account.js")):
            a = item.get("account") or {}
            if a.get("accountId"):
                owner = a["accountId"]
                c.handles[a["username"].lower()] = owner
                break
    owner = owner or "archive-owner"
    clean = lambda i: None if i in (None, "", "-1", "0") else str(i)
    for _, name in names:
        for item in js_array(os.path.join(folder, name)):
            c.records += 1
            t = item.get("tweet") if isinstance(item, dict) else None
            if not isinstance(t, dict) or not (t.get("id_str") or t.get("id")):
                c.skipped["not a tweet"] += 1
                continue
            if not plausible(v1_time(t.get("created_at"))):
                c.skipped["impossible date"] += 1
                continue
            tid = str(t.get("id_str") or t.get("id"))
            ents = t.get("entities") or {}
            ments = [m for m in ents.get("user_mentions") or [] if clean(m.get("id_str") or m.get("id")) or m.get("screen_name")]
            for m in ments:
                if clean(m.get("id_str") or m.get("id")) and m.get("screen_name"):
                    c.handles[m["screen_name"].lower()] = clean(m.get("id_str") or m.get("id"))
            ruser = clean(t.get("in_reply_to_user_id_str") or t.get("in_reply_to_user_id"))
            if ruser and t.get("in_reply_to_screen_name"):
                c.handles[t["in_reply_to_screen_name"].lower()] = ruser
            text = t.get("full_text") or t.get("text") or ""
            rng = [int(x) for x in t.get("display_text_range") or []]
            rt = re.match(r"RT @(\w+):", text)
            quoted = None
            for u in ents.get("urls") or []:
                m = STATUS_LINK.match(u.get("expanded_url") or "")
                if m and m.group(2) != tid:
                    quoted = ("" if m.group(1).lower() == "i" else m.group(1), m.group(2))
                    break
            kind, leading, skip_rt, parent, pauthor = "post", -1, False, None, None
            rstatus = clean(t.get("in_reply_to_status_id_str") or t.get("in_reply_to_status_id"))
            qstatus = clean(t.get("quoted_status_id_str") or t.get("quoted_status_id"))
            if rstatus:
                kind, parent = "reply", rstatus
                pauthor = c.ref(ruser, t.get("in_reply_to_screen_name"))
                leading = rng[0] if rng and rng[0] > 0 else leading_len(text)
            elif rt:
                kind, skip_rt, parent, pauthor = "repost", True, "unknown-retweeted-by-" + tid, c.ref(None, rt.group(1))
            elif qstatus:
                kind, parent = "quote", qstatus
            elif quoted:
                kind, parent, pauthor = "quote", quoted[1], c.ref(None, quoted[0]) if quoted[0] else None
            mentions = []
            for m in ments:
                start, end = (int(x) for x in m["indices"])
                mid = clean(m.get("id_str") or m.get("id"))
                if leading >= 0 and end <= leading:
                    continue
                if skip_rt and start == 3:
                    skip_rt = False
                    pauthor = c.ref(mid, m.get("screen_name") or rt.group(1))
                    continue
                mentions.append(c.ref(mid, m.get("screen_name")))
            c.add(tid, 1, dict(kind=kind, author=owner, mentions=mentions, parent=parent, parent_author=pauthor))


def main():
    mode, files = sys.argv[1], sys.argv[2:]
    c = Count()
    for f in files if mode != "xarchive" else []:
        text = open(f, encoding="utf-8").read()
        stripped = text.lstrip()
        first_line = stripped.split("\n", 1)[0].strip()
        if mode == "v1" and (stripped.startswith("[") or (stripped.startswith("{") and not first_line.endswith("}"))):
            v1_record(c, json.loads(text))
            continue
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except ValueError:
                c.records += 1
                c.skipped["truncated line" if i == len(lines) - 1 else "invalid JSON"] += 1
                continue
            (v1_record if mode == "v1" else v2_page)(c, r)
    if mode == "xarchive":
        xarchive(c, files[0])
    kinds = Counter(p["kind"] for p in c.posts.values())
    print(json.dumps({"records": c.records, "posts": len(c.posts), "actors": len(c.actors()),
                      "kinds": dict(kinds), "skipped": dict(c.skipped)}, sort_keys=True))


main()

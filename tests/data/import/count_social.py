#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts, independently of Cascade's importer, what a Bluesky or Mastodon response holds
under the conventions of docs/importing.md; the figures are written into
tests/core/import_social_test.cpp. Usage: count_social.py bluesky|mastodon FILE"""
import html
import json
import re
import sys
from collections import Counter
from datetime import datetime
from urllib.parse import urlparse


def plausible(s):
    try:
        t = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except (TypeError, ValueError, AttributeError):
        return False
    return t.tzinfo is not None and 1990 <= t.year < 2100


def leading_len(text):
    m = re.match(r"^((@[\w.\-@]+)(\s+|$))*", text)
    return len(m.group(0).rstrip()) if m else 0


class Count:
    def __init__(self):
        self.records = 0
        self.skipped = Counter()
        self.posts = {}

    def skip(self, reason, record=True):
        self.records += record
        self.skipped[reason] += 1

    def add(self, pid, rank, post):
        kept = self.posts.get(pid)
        if kept is None or rank > kept["rank"]:
            post["rank"] = rank
            self.posts[pid] = post

    def result(self):
        actors = set()
        for p in self.posts.values():
            actors.add(p["author"])
            actors.update(m for m in p["mentions"] if m)
            if p["parent"] and p["parent"] not in self.posts and p["parent_author"]:
                actors.add(p["parent_author"])
        kinds = Counter(p["kind"] for p in self.posts.values())
        return {"records": self.records, "posts": len(self.posts), "actors": len(actors), "kinds": dict(kinds),
                "skipped": dict(self.skipped)}


# Bluesky ---------------------------------------------------------------------------
def did_of(uri):
    if not uri or not uri.startswith("at://") or "/app.bsky.feed.post/" not in uri:
        return None
    return uri[5:].split("/")[0]


def bsky_post(c, uri, author, record, rank):
    if not plausible(record.get("createdAt")):
        c.skip("impossible date", False)
        return
    text = record.get("text", "")
    kind, parent, lead = "post", None, -1
    reply = record.get("reply")
    embed = record.get("embed") or {}
    quoted = None
    if embed.get("$type") == "app.bsky.embed.record":
        quoted = (embed.get("record") or {}).get("uri")
    elif embed.get("$type") == "app.bsky.embed.recordWithMedia":
        quoted = ((embed.get("record") or {}).get("record") or {}).get("uri")
    if isinstance(reply, dict) and isinstance(reply.get("parent"), dict) and reply["parent"].get("uri"):
        kind, parent = "reply", reply["parent"]["uri"]
        lead = len(text[:leading_len(text)].encode("utf-8"))
    elif did_of(quoted):
        kind, parent = "quote", quoted
    mentions = []
    for f in record.get("facets") or []:
        for feat in f.get("features") or []:
            if feat.get("$type") == "app.bsky.richtext.facet#mention" and feat.get("did"):
                if lead > 0 and f["index"]["byteEnd"] <= lead:
                    continue
                mentions.append(feat["did"])
    c.add(uri, rank, dict(kind=kind, author=author, mentions=mentions, parent=parent, parent_author=did_of(parent)))


def bsky_quoted_view(c, view):
    rec = view.get("record")
    if not isinstance(rec, dict):
        return
    if isinstance(rec.get("record"), dict):
        bsky_quoted_view(c, rec)
        return
    if rec.get("uri") and (rec.get("author") or {}).get("did") and did_of(rec["uri"]) and isinstance(rec.get("value"), dict):
        bsky_post(c, rec["uri"], rec["author"]["did"], rec["value"], 1)


def bsky_view(c, v, rank):
    if isinstance(v.get("embed"), dict):
        bsky_quoted_view(c, v["embed"])
    if rank == 2:
        c.records += 1
    if not v.get("uri") or not (v.get("author") or {}).get("did"):
        if rank == 2:
            c.skipped["not a post"] += 1
        return
    bsky_post(c, v["uri"], v["author"]["did"], v.get("record") or {}, rank)


def bsky_item(c, x, depth):
    if "post" not in x and ("author" in x or "record" in x) and "blocked" not in x and "notFound" not in x:
        bsky_view(c, x, 2 if depth == 0 else 1)
    else:
        bsky_thread(c, x, depth)


def bsky_thread(c, x, depth):
    reposter = post_uri = None
    for key, v in x.items():
        if key == "$type" and v == "app.bsky.feed.defs#notFoundPost" or key == "notFound":
            c.skip("post not found")
            return
        if key == "$type" and v == "app.bsky.feed.defs#blockedPost" or key == "blocked":
            c.skip("blocked post")
            return
        if key == "post" and isinstance(v, dict):
            bsky_view(c, v, 2)
            post_uri = v.get("uri")
        elif key == "parent" and isinstance(v, dict):
            bsky_item(c, v, depth + 1)
        elif key == "replies" and isinstance(v, list):
            for r in v:
                if isinstance(r, dict):
                    bsky_item(c, r, depth + 1)
        elif key == "reply" and isinstance(v, dict):
            for ctx in v.values():
                if isinstance(ctx, dict):
                    bsky_item(c, ctx, depth + 1)
        elif key == "reason" and isinstance(v, dict):
            reposter = v
    if reposter and (reposter.get("by") or {}).get("did") and post_uri:
        if not plausible(reposter.get("indexedAt")):
            c.skip("impossible date", False)
            return
        rid = reposter.get("uri") or "repost:%s:%s" % (reposter["by"]["did"], post_uri)
        c.add(rid, 2, dict(kind="repost", author=reposter["by"]["did"], mentions=[], parent=post_uri,
                           parent_author=did_of(post_uri)))


def bluesky(c, d):
    if isinstance(d, list):
        for x in d:
            bsky_item(c, x, 0)
        return
    known = False
    for key, v in d.items():
        if key == "thread" and isinstance(v, dict):
            known = True
            bsky_thread(c, v, 0)
        elif key in ("feed", "posts") and isinstance(v, list):
            known = True
            for x in v:
                bsky_item(c, x, 0)
        elif key in ("repostedBy", "likes") and isinstance(v, list):
            known = True
            for _ in v:
                c.skip("like (not an event)" if key == "likes" else "reposter without a time (getRepostedBy)")
    if not known:
        bsky_item(c, d, 0)


# Mastodon --------------------------------------------------------------------------
def qualified(acct, url):
    if "@" in acct or not url:
        return acct
    return acct + "@" + urlparse(url).hostname


def plain(content):
    text = re.sub(r"<br\s*/?>", "\n", content or "", flags=re.I)
    text = re.sub(r"</p>(?=.)", "\n", text, flags=re.I | re.S)
    text = re.sub(r"<[^>]*>", "", text)
    return html.unescape(text).strip()


def masto_status(c, s, rank, by_local):
    for key in ("reblog",):
        if isinstance(s.get(key), dict) and s[key].get("id") and (s[key].get("account") or {}).get("url"):
            masto_status(c, s[key], 1, by_local)
    quote = s.get("quote") if isinstance(s.get("quote"), dict) else {}
    qs = quote.get("quoted_status") if isinstance(quote.get("quoted_status"), dict) else None
    if qs and qs.get("id") and (qs.get("account") or {}).get("url"):
        masto_status(c, qs, 1, by_local)
    if not plausible(s.get("created_at")):
        c.skip("impossible date", False)
        return
    acc = s["account"]
    author = acc["url"]
    by_local[str(acc["id"])] = author
    for m in s.get("mentions") or []:
        by_local[str(m["id"])] = m["url"]
    text = plain(s.get("content"))
    kind, parent, pauthor, lead = "post", None, None, None
    if s.get("in_reply_to_id") is not None:
        kind, parent = "reply", str(s["in_reply_to_id"])
        pauthor = by_local.get(str(s.get("in_reply_to_account_id")))
        lead = text[:leading_len(text)] + " "
    elif isinstance(s.get("reblog"), dict):
        kind, parent, pauthor = "repost", str(s["reblog"]["id"]), s["reblog"]["account"]["url"]
    elif quote.get("quoted_status_id") or qs:
        kind = "quote"
        parent = str(quote.get("quoted_status_id") or qs["id"])
        pauthor = qs["account"]["url"] if qs else None
    mentions = []
    for m in s.get("mentions") or []:
        handle = qualified(m["acct"], m["url"])
        user = handle.split("@")[0]
        if lead and (("@" + handle + " ").lower() in lead.lower() or ("@" + user + " ").lower() in lead.lower()):
            continue
        mentions.append(m["url"])
    c.add(str(s["id"]), rank, dict(kind=kind, author=author, mentions=mentions, parent=parent, parent_author=pauthor))


def masto_one(c, s, by_local):
    c.records += 1
    if "acct" in s and "content" not in s:
        c.skipped["account without a time (reblogged_by, favourited_by)"] += 1
        return
    if s.get("id") is None or not (s.get("account") or {}).get("url"):
        c.skipped["not a status"] += 1
        return
    masto_status(c, s, 2, by_local)


def mastodon(c, d):
    by_local = {}
    if isinstance(d, list):
        for s in d:
            masto_one(c, s, by_local)
    elif "ancestors" in d or "descendants" in d:
        for key, v in d.items():
            if key in ("ancestors", "descendants"):
                for s in v:
                    masto_one(c, s, by_local)
    else:
        masto_one(c, d, by_local)


c = Count()
data = json.load(open(sys.argv[2], encoding="utf-8"))
(bluesky if sys.argv[1] == "bluesky" else mastodon)(c, data)
print(json.dumps(c.result(), sort_keys=True))

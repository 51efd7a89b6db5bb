# time: O(n^2)
# space: O(n)
# C-builtin trap: a sorted id list maintained with bisect.insort for each new id (an O(n) memmove per insert), plus a dict of latest records.
from bisect import insort


def dedupe_latest(records):
    latest = {}
    ids = []
    for r in records:
        kept = latest.get(r["id"])
        if kept is None:
            insort(ids, r["id"])
        if kept is None or r["ts"] >= kept["ts"]:
            latest[r["id"]] = r
    return [latest[k] for k in ids]

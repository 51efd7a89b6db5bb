# time: O(n^2)
# space: O(n)
# C-builtin trap: bisect.insort keeps a sorted list of (user, ts) pairs; the descending worst input inserts every pair at the front, an O(n) memmove each.
from bisect import insort


def sessionize(events, gap):
    ordered = []
    for e in events:
        insort(ordered, (e["user"], e["ts"]))
    out = []
    cur = None
    for user, ts in ordered:
        if cur is not None and cur["user"] == user and ts - cur["end"] <= gap:
            cur["end"] = ts
            cur["events"] += 1
        else:
            cur = {"user": user, "start": ts, "end": ts, "events": 1}
            out.append(cur)
    return out

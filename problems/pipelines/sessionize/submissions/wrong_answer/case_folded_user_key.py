# Bug: groups events under user.lower() to "normalise" ids (a key too coarse), so "B" and "b" are merged into one user: O(n log n).
# Why only the properties catch it: no fixed case holds two users that differ only in case; Hypothesis draws from a pool with both "b" and "B".
def sessionize(events, gap):
    by_user = {}
    for e in events:
        key = e["user"].lower()
        name, times = by_user.setdefault(key, (e["user"], []))
        times.append(e["ts"])
    out = []
    for name, times in by_user.values():
        times.sort()
        cur = None
        for ts in times:
            if cur is not None and ts - cur["end"] <= gap:
                cur["end"] = ts
                cur["events"] += 1
            else:
                cur = {"user": name, "start": ts, "end": ts, "events": 1}
                out.append(cur)
    out.sort(key=lambda s: (s["user"], s["start"]))
    return out

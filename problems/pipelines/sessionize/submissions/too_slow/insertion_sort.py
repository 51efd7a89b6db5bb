# Keeps a sorted list of (user, ts) by insertion with list.insert after a linear scan, then one pass: correct, but O(n^2).
def sessionize(events, gap):
    ordered = []
    for e in events:
        key = (e["user"], e["ts"])
        i = len(ordered)
        while i > 0 and ordered[i - 1] > key:
            i -= 1
        ordered.insert(i, key)
    out = []
    for user, ts in ordered:
        if out and out[-1]["user"] == user and ts - out[-1]["end"] <= gap:
            out[-1]["end"] = ts
            out[-1]["events"] += 1
        else:
            out.append({"user": user, "start": ts, "end": ts, "events": 1})
    return out

# Sort-and-scan sessions, but orders users case-insensitively (casefold) instead of by code point, so "Zoë" sorts after "b": O(n log n).
def sessionize(events, gap):
    out = []
    for user, ts in sorted(((e["user"], e["ts"]) for e in events), key=lambda p: (p[0].casefold(), p[0], p[1])):
        last = out[-1] if out else None
        if last is not None and last["user"] == user and ts - last["end"] <= gap:
            last["end"] = ts
            last["events"] += 1
        else:
            out.append({"user": user, "start": ts, "end": ts, "events": 1})
    return out

def sessionize(events, gap):
    """Sort (user, ts) pairs, then one pass that cuts a session whenever the
    user changes or the step exceeds gap: O(n log n) time, O(n) space."""
    out = []
    cur = None
    for user, ts in sorted((e["user"], e["ts"]) for e in events):
        if cur is not None and cur["user"] == user and ts - cur["end"] <= gap:
            cur["end"] = ts
            cur["events"] += 1
        else:
            cur = {"user": user, "start": ts, "end": ts, "events": 1}
            out.append(cur)
    return out

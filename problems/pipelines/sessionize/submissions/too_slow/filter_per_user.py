# For every distinct user rescans the whole event list to pick out that user's events: correct, but O(n * users) = O(n^2) with many users.
def sessionize(events, gap):
    users = sorted({e["user"] for e in events})
    out = []
    for user in users:
        times = sorted(e["ts"] for e in events if e["user"] == user)
        start = prev = times[0]
        count = 0
        for ts in times:
            if ts - prev > gap:
                out.append({"user": user, "start": start, "end": prev, "events": count})
                start, count = ts, 0
            prev = ts
            count += 1
        out.append({"user": user, "start": start, "end": prev, "events": count})
    return out

# time: O(n^2)
# space: O(n)
# For every distinct user, rescan all events with a comprehension to collect that user's timestamps (n/2 users on the worst input).
def sessionize(events, gap):
    out = []
    for user in sorted({e["user"] for e in events}):
        stamps = sorted([e["ts"] for e in events if e["user"] == user])
        start = end = stamps[0]
        count = 1
        for ts in stamps[1:]:
            if ts - end <= gap:
                end, count = ts, count + 1
            else:
                out.append({"user": user, "start": start, "end": end, "events": count})
                start = end = ts
                count = 1
        out.append({"user": user, "start": start, "end": end, "events": count})
    return out

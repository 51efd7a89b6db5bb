# Groups timestamps per user in a dict, sorts each group and splits it at gaps: O(n log n) time, O(n) space.
from collections import defaultdict


def sessionize(events, gap):
    by_user = defaultdict(list)
    for e in events:
        by_user[e["user"]].append(e["ts"])
    sessions = []
    for user in sorted(by_user):
        times = sorted(by_user[user])
        start = prev = times[0]
        count = 0
        for ts in times:
            if ts - prev > gap:
                sessions.append({"user": user, "start": start, "end": prev, "events": count})
                start, count = ts, 0
            prev = ts
            count += 1
        sessions.append({"user": user, "start": start, "end": prev, "events": count})
    return sessions

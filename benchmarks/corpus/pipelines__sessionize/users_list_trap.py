# time: O(n^2)
# space: O(n)
# C-builtin trap: distinct users are collected in a list guarded by `user not in users` and located with users.index (n/2 users on the worst input).
def sessionize(events, gap):
    users = []
    stamps = []
    for e in events:
        if e["user"] not in users:
            users.append(e["user"])
            stamps.append([])
        stamps[users.index(e["user"])].append(e["ts"])
    out = []
    for user, ts_list in sorted(zip(users, stamps)):
        ts_list.sort()
        start = end = ts_list[0]
        count = 1
        for ts in ts_list[1:]:
            if ts - end <= gap:
                end, count = ts, count + 1
            else:
                out.append({"user": user, "start": start, "end": end, "events": count})
                start = end = ts
                count = 1
        out.append({"user": user, "start": start, "end": end, "events": count})
    return out

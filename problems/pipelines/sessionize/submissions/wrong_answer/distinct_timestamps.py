# Collects each user's timestamps in a set, so events at the same ts are counted once.
def sessionize(events, gap):
    by_user = {}
    for e in events:
        by_user.setdefault(e["user"], set()).add(e["ts"])
    out = []
    for user in sorted(by_user):
        for ts in sorted(by_user[user]):
            if out and out[-1]["user"] == user and ts - out[-1]["end"] <= gap:
                out[-1]["end"] = ts
                out[-1]["events"] += 1
            else:
                out.append({"user": user, "start": ts, "end": ts, "events": 1})
    return out

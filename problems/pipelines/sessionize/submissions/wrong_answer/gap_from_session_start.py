# Measures each event against the session's start instead of the previous event, so long chains of close clicks get cut.
def sessionize(events, gap):
    out = []
    for user, ts in sorted((e["user"], e["ts"]) for e in events):
        if out and out[-1]["user"] == user and ts - out[-1]["start"] <= gap:
            out[-1]["end"] = ts
            out[-1]["events"] += 1
        else:
            out.append({"user": user, "start": ts, "end": ts, "events": 1})
    return out

# Sorts the events by (user, ts) and walks them once, opening a session on a new user or a step > gap: O(n log n).
def sessionize(events, gap):
    ordered = sorted(events, key=lambda e: (e["user"], e["ts"]))
    result = []
    for e in ordered:
        last = result[-1] if result else None
        if last and last["user"] == e["user"] and e["ts"] - last["end"] <= gap:
            last["end"] = e["ts"]
            last["events"] += 1
        else:
            result.append({"user": e["user"], "start": e["ts"], "end": e["ts"], "events": 1})
    return result

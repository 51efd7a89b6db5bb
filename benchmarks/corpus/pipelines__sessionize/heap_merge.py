# time: O(n log n)
# space: O(n)
# Heapify the (user, ts) pairs and pop them in order (every pop costs log n whatever the input order), cutting sessions on the fly.
import heapq


def sessionize(events, gap):
    heap = [(e["user"], e["ts"]) for e in events]
    heapq.heapify(heap)
    out = []
    cur = None
    while heap:
        user, ts = heapq.heappop(heap)
        if cur is not None and cur["user"] == user and ts - cur["end"] <= gap:
            cur["end"] = ts
            cur["events"] += 1
        else:
            cur = {"user": user, "start": ts, "end": ts, "events": 1}
            out.append(cur)
    return out

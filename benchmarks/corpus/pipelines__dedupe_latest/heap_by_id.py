# time: O(n log n)
# space: O(n)
# Dict pass for the latest record per id, then a heap of the ids popped in order (log n per pop).
import heapq


def dedupe_latest(records):
    latest = {}
    for r in records:
        kept = latest.get(r["id"])
        if kept is None or r["ts"] >= kept["ts"]:
            latest[r["id"]] = r
    ids = list(latest)
    heapq.heapify(ids)
    return [latest[heapq.heappop(ids)] for _ in range(len(ids))]

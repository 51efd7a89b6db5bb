# Dijkstra with heapq, a best-distance dict and stale-entry skipping: O(E log V) time, O(V + E) space.
import heapq
from collections import defaultdict


def network_delay(times, n, k):
    graph = defaultdict(list)
    for u, v, w in times:
        graph[u].append((v, w))
    best = {k: 0}
    heap = [(0, k)]
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in graph[u]:
            nd = d + w
            if nd < best.get(v, float("inf")):
                best[v] = nd
                heapq.heappush(heap, (nd, v))
    return max(best.values()) if len(done) == n else -1

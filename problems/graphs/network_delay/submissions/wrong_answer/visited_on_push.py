# Marks a node final when it is first pushed, not when it is popped, so a longer path with fewer hops can win.
import heapq


def network_delay(times, n, k):
    adj = {}
    for u, v, w in times:
        adj.setdefault(u, []).append((v, w))
    dist = {k: 0}
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        for v, w in adj.get(u, []):
            if v not in dist:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return max(dist.values()) if len(dist) == n else -1

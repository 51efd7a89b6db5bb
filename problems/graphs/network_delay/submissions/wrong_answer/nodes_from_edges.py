# Counts only the nodes that appear in some edge, so a node without any edge is never reported unreachable.
import heapq


def network_delay(times, n, k):
    adj = {}
    nodes = {k}
    for u, v, w in times:
        adj.setdefault(u, []).append((v, w))
        nodes.update((u, v))
    dist = {}
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in dist:
            continue
        dist[u] = d
        for v, w in adj.get(u, []):
            if v not in dist:
                heapq.heappush(heap, (d + w, v))
    return max(dist.values()) if len(dist) == len(nodes) else -1

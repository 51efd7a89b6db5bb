# time: O(n log n)
# space: O(n)
# Groups edges by source with sorted(times) (the shuffled detours make it a real O(E log E) sort), then a lazy-deletion heap Dijkstra.
import heapq


def network_delay(times, n, k):
    edges = sorted(times)
    start = [0] * (n + 2)
    for u, _, _ in edges:
        start[u + 1] += 1
    for u in range(1, n + 2):
        start[u] += start[u - 1]
    dist = [None] * (n + 1)
    heap = [(0, k)]
    settled = 0
    last = 0
    while heap:
        d, u = heapq.heappop(heap)
        if dist[u] is not None:
            continue
        dist[u] = d
        settled += 1
        last = d
        for i in range(start[u], start[u + 1]):
            _, v, w = edges[i]
            if dist[v] is None:
                heapq.heappush(heap, (d + w, v))
    return last if settled == n else -1

import heapq


def network_delay(times, n, k):
    """Dijkstra with a binary heap and lazy deletion: O(E log V) time, O(V + E) space."""
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    dist = [None] * (n + 1)
    heap = [(0, k)]
    reached = 0
    longest = 0
    while heap:
        d, u = heapq.heappop(heap)
        if dist[u] is not None:
            continue
        dist[u] = d
        reached += 1
        longest = d
        for v, w in adj[u]:
            if dist[v] is None:
                heapq.heappush(heap, (d + w, v))
    return longest if reached == n else -1

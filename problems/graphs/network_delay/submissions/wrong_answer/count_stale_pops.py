# Dijkstra with lazy deletion, but counts every pop (stale entries too) as a reached node, so extra heap entries can hide an unreachable node: O(E log V).
import heapq


def network_delay(times, n, k):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    done = [False] * (n + 1)
    heap = [(0, k)]
    visited = 0
    longest = 0
    while heap:
        d, u = heapq.heappop(heap)
        visited += 1
        if done[u]:
            continue
        done[u] = True
        longest = d
        for v, w in adj[u]:
            if not done[v]:
                heapq.heappush(heap, (d + w, v))
    if visited < n:
        return -1
    return longest

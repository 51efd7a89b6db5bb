# time: O(n log n)
# space: O(n)
# Textbook Dijkstra whose heap starts with every node at infinity (lazy deletion), so the heap holds ~V entries and every pop costs log V.
import heapq


def network_delay(times, n, k):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[k] = 0
    heap = [(0 if v == k else INF, v) for v in range(1, n + 1)]
    heapq.heapify(heap)
    done = [False] * (n + 1)
    settled = 0
    last = 0
    while heap:
        d, u = heapq.heappop(heap)
        if done[u] or d > dist[u]:
            continue
        if d == INF:
            return -1
        done[u] = True
        settled += 1
        last = d
        for v, w in adj[u]:
            if d + w < dist[v]:
                dist[v] = d + w
                heapq.heappush(heap, (d + w, v))
    return last if settled == n else -1

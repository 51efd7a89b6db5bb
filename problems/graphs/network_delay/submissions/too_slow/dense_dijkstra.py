# Dijkstra that scans every node for the nearest unvisited one (no heap): correct, but O(V^2 + E) against O(E log V).
def network_delay(times, n, k):
    INF = float("inf")
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    dist = [INF] * (n + 1)
    dist[k] = 0
    seen = [False] * (n + 1)
    for _ in range(n):
        u, best = -1, INF
        for i in range(1, n + 1):
            if not seen[i] and dist[i] < best:
                u, best = i, dist[i]
        if u == -1:
            return -1
        seen[u] = True
        for v, w in adj[u]:
            if best + w < dist[v]:
                dist[v] = best + w
    return max(dist[1:])

# time: O(n^2)
# space: O(n)
# C-builtin trap: Dijkstra whose next node is min(unvisited, key=dist.__getitem__), a C-level scan of every unvisited node per round.
def network_delay(times, n, k):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[k] = 0
    unvisited = set(range(1, n + 1))
    last = 0
    while unvisited:
        u = min(unvisited, key=dist.__getitem__)
        if dist[u] == INF:
            return -1
        unvisited.remove(u)
        last = dist[u]
        for v, w in adj[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return last

# time: O(n^2)
# space: O(n)
# Array Dijkstra: each of the V rounds scans every node in Python for the closest unfinished one.
def network_delay(times, n, k):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in times:
        adj[u].append((v, w))
    INF = float("inf")
    dist = [INF] * (n + 1)
    done = [False] * (n + 1)
    dist[k] = 0
    for _ in range(n):
        u, best = -1, INF
        for v in range(1, n + 1):
            if not done[v] and dist[v] < best:
                u, best = v, dist[v]
        if u == -1:
            return -1
        done[u] = True
        for v, w in adj[u]:
            if best + w < dist[v]:
                dist[v] = best + w
    return max(dist[1:])

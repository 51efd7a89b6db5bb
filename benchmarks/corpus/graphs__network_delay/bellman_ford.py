# time: O(n^2)
# space: O(n)
# Bellman-Ford: relax every edge in input order, round after round, until nothing changes (the chain listed last-edge-first needs V - 1 rounds).
def network_delay(times, n, k):
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[k] = 0
    for _ in range(n):
        changed = False
        for u, v, w in times:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    worst = max(dist[1:])
    return -1 if worst == INF else worst

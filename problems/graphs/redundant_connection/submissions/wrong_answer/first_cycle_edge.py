# Peels leaves to find the cycle correctly, but returns the cycle edge that appears FIRST in the input instead of the last.
from collections import deque


def redundant_connection(edges):
    n = len(edges)
    degree = [0] * (n + 1)
    adj = [[] for _ in range(n + 1)]
    for u, v in edges:
        degree[u] += 1
        degree[v] += 1
        adj[u].append(v)
        adj[v].append(u)
    queue = deque(i for i in range(1, n + 1) if degree[i] == 1)
    while queue:
        x = queue.popleft()
        degree[x] = 0
        for y in adj[x]:
            if degree[y] > 0:
                degree[y] -= 1
                if degree[y] == 1:
                    queue.append(y)
    for u, v in edges:
        if degree[u] > 0 and degree[v] > 0:
            return [u, v]
    return []

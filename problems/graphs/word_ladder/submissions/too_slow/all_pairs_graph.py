# Builds the graph by comparing every pair of words letter by letter, then BFS: correct, but O(n^2 * L) against O(n * L * 26).
from collections import deque


def ladder_length(begin_word, end_word, word_list):
    if end_word not in word_list:
        return 0
    nodes = [begin_word] + [w for w in word_list if w != begin_word]
    adj = [[] for _ in nodes]
    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            diff = 0
            for a, b in zip(nodes[i], nodes[j]):
                if a != b:
                    diff += 1
                    if diff > 1:
                        break
            if diff == 1:
                adj[i].append(j)
                adj[j].append(i)
    dist = [0] * len(nodes)
    dist[0] = 1
    queue = deque([0])
    while queue:
        u = queue.popleft()
        if nodes[u] == end_word:
            return dist[u]
        for v in adj[u]:
            if not dist[v]:
                dist[v] = dist[u] + 1
                queue.append(v)
    return 0

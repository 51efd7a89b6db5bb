# Mann-Whitney U from average ranks (ties share the mean of their ranks): O(n log n) time, O(n) space.
def roc_auc(scores, labels):
    n = len(scores)
    pos = sum(labels)
    neg = n - pos
    if pos == 0 or neg == 0:
        return None
    order = sorted(range(n), key=lambda i: scores[i])
    rank = [0.0] * n
    i = 0
    while i < n:
        j = i
        while j + 1 < n and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1  # ranks i+1 .. j+1 share their mean
        for k in range(i, j + 1):
            rank[order[k]] = avg
        i = j + 1
    rank_sum = sum(r for r, y in zip(rank, labels) if y == 1)
    u = rank_sum - pos * (pos + 1) / 2
    return u / (pos * neg)

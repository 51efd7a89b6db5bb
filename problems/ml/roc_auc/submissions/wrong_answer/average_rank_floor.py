# Bug: average rank of a tie group computed with integer division, so an even-sized group loses half a rank.
def roc_auc(scores, labels):
    n = len(scores)
    pos = sum(labels)
    neg = n - pos
    if pos == 0 or neg == 0:
        return None
    order = sorted(range(n), key=lambda i: scores[i])
    rank = [0] * n
    i = 0
    while i < n:
        j = i
        while j + 1 < n and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        avg = (i + 1 + j + 1) // 2  # ranks i+1 .. j+1 share their mean
        for k in range(i, j + 1):
            rank[order[k]] = avg
        i = j + 1
    u = sum(r for r, y in zip(rank, labels) if y == 1) - pos * (pos + 1) / 2
    return u / (pos * neg)

def roc_auc(scores, labels):
    """Sort row indices by score, walk groups of equal scores counting negatives below: O(n log n) time, O(n) space."""
    n = len(scores)
    pos = sum(1 for y in labels if y == 1)
    neg = n - pos
    if pos == 0 or neg == 0:
        return None
    order = sorted(range(n), key=scores.__getitem__)
    wins = 0.0  # pairs (positive, negative) won by the positive, ties as half
    neg_below = 0
    i = 0
    while i < n:
        score = scores[order[i]]
        j = i
        group_pos = 0
        while j < n and scores[order[j]] == score:
            group_pos += labels[order[j]] == 1
            j += 1
        group_neg = (j - i) - group_pos
        wins += group_pos * (neg_below + group_neg / 2)
        neg_below += group_neg
        i = j
    return wins / (pos * neg)

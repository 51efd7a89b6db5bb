# Sorts by score descending and sweeps tie groups, counting positives above each negative: O(n log n).
from itertools import groupby


def roc_auc(scores, labels):
    pos_total = sum(labels)
    neg_total = len(labels) - pos_total
    if not pos_total or not neg_total:
        return None
    rows = sorted(zip(scores, labels), key=lambda r: r[0], reverse=True)
    pos_above = 0
    wins = 0.0
    for _, group in groupby(rows, key=lambda r: r[0]):
        group_labels = [y for _, y in group]
        p = sum(group_labels)
        q = len(group_labels) - p
        wins += q * (pos_above + p / 2)
        pos_above += p
    return wins / (pos_total * neg_total)

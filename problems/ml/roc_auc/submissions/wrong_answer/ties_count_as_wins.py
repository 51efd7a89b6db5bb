# Bug: sorts (score, label) pairs and counts negatives seen so far; tied negatives sort first, so a tie counts as a full win.
def roc_auc(scores, labels):
    pos = sum(labels)
    neg = len(labels) - pos
    if pos == 0 or neg == 0:
        return None
    negatives_below = 0
    wins = 0
    for _, y in sorted(zip(scores, labels)):
        if y == 1:
            wins += negatives_below
        else:
            negatives_below += 1
    return wins / (pos * neg)

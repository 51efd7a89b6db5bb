# Compares every positive with every negative (the definition, literally): correct, but O(P * N) = O(n^2).
def roc_auc(scores, labels):
    positives = [s for s, y in zip(scores, labels) if y == 1]
    negatives = [s for s, y in zip(scores, labels) if y == 0]
    if not positives or not negatives:
        return None
    wins = 0.0
    for p in positives:
        for q in negatives:
            if p > q:
                wins += 1
            elif p == q:
                wins += 0.5
    return wins / (len(positives) * len(negatives))

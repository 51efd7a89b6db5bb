# Builds the list of 0/1 predictions, then counts with sum() over zips: O(n) time, O(n) space.
def f1_at_threshold(scores, labels, threshold):
    preds = [1 if s >= threshold else 0 for s in scores]
    tp = sum(p & y for p, y in zip(preds, labels))
    predicted = sum(preds)
    actual = sum(labels)
    precision = tp / predicted if predicted else 0.0
    recall = tp / actual if actual else 0.0
    if precision + recall == 0:
        return {"precision": precision, "recall": recall, "f1": 0.0}
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}

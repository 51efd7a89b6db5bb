# Bug: predicts positive only when score > threshold, so a score equal to the threshold counts as negative.
def f1_at_threshold(scores, labels, threshold):
    tp = fp = fn = 0
    for s, y in zip(scores, labels):
        if s > threshold:
            if y:
                tp += 1
            else:
                fp += 1
        elif y:
            fn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}

# Bug: assumes scores are probabilities and clips them to [0, 1], which flips rows when the threshold is outside [0, 1].
def f1_at_threshold(scores, labels, threshold):
    tp = fp = fn = 0
    for s, y in zip(scores, labels):
        p = min(max(s, 0.0), 1.0)
        if p >= threshold:
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

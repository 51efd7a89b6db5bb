def f1_at_threshold(scores, labels, threshold):
    """One pass counting TP, FP and FN; 0/0 ratios are 0.0: O(n) time, O(1) extra space."""
    tp = fp = fn = 0
    for s, y in zip(scores, labels):
        if s >= threshold:
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

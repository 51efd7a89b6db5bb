# Bug: keys a dict by score (score -> label), so rows with the same score collapse into one row.
def f1_at_threshold(scores, labels, threshold):
    label_of = dict(zip(scores, labels))
    tp = sum(1 for s, y in label_of.items() if s >= threshold and y == 1)
    fp = sum(1 for s, y in label_of.items() if s >= threshold and y == 0)
    fn = sum(1 for s, y in label_of.items() if s < threshold and y == 1)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}

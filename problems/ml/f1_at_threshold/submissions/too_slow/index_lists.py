# Collects predicted and actual positive row indices as lists and tests list membership: correct, but O(n^2).
def f1_at_threshold(scores, labels, threshold):
    predicted = [i for i, s in enumerate(scores) if s >= threshold]
    actual = [i for i, y in enumerate(labels) if y == 1]
    tp = sum(1 for i in actual if i in predicted)
    precision = tp / len(predicted) if predicted else 0.0
    recall = tp / len(actual) if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}

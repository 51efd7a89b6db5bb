def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    """Return the ROC AUC (ties count half), or None when there are no positives or no negatives."""
    raise NotImplementedError

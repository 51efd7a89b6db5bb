def f1_at_threshold(scores: list[float], labels: list[int], threshold: float) -> dict[str, float]:
    """Return {"precision": p, "recall": r, "f1": f} when predicting positive for score >= threshold."""
    raise NotImplementedError

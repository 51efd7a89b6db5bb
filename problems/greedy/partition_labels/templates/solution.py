def partition_labels(s: str) -> list[int]:
    """Return the sizes of the most parts such that no character is in two parts."""
    raise NotImplementedError

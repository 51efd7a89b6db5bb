def reverse_k_group(values: list[int], k: int) -> list[int]:
    """Return the list's values after reversing every full group of k nodes."""
    raise NotImplementedError

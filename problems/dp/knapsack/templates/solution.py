def knapsack(weights: list[int], values: list[int], capacity: int) -> int:
    """Return the largest total value of items (each used at most once) whose total weight fits in capacity."""
    raise NotImplementedError

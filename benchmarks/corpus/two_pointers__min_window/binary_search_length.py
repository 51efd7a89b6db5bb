# time: O(n log n)
# space: O(n)
# Binary search on the window length (a longer window never hurts), testing each length with a fixed-size sliding count in O(n).
from collections import Counter


def min_window(s, t):
    need = Counter(t)

    def first_window(length):
        counts = dict(need)
        missing = len(t)
        for i, c in enumerate(s):
            if c in counts:
                if counts[c] > 0:
                    missing -= 1
                counts[c] -= 1
            if i >= length:
                d = s[i - length]
                if d in counts:
                    counts[d] += 1
                    if counts[d] > 0:
                        missing += 1
            if i >= length - 1 and missing == 0:
                return i - length + 1
        return -1

    lo, hi = len(t), len(s)
    if lo > hi or first_window(hi) < 0:
        return ""
    while lo < hi:
        mid = (lo + hi) // 2
        if first_window(mid) >= 0:
            hi = mid
        else:
            lo = mid + 1
    start = first_window(lo)
    return s[start:start + lo]

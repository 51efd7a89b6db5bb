# Sliding window counting how many distinct characters of t are satisfied: O(len(s) + len(t)).
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    required = len(need)
    window = {}
    formed = 0
    left = 0
    best = None
    for right, c in enumerate(s):
        window[c] = window.get(c, 0) + 1
        if c in need and window[c] == need[c]:
            formed += 1
        while formed == required:
            if best is None or right - left + 1 < best[1] - best[0]:
                best = (left, right + 1)
            d = s[left]
            window[d] -= 1
            if d in need and window[d] < need[d]:
                formed -= 1
            left += 1
    return "" if best is None else s[best[0]:best[1]]

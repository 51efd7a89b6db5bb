# Counts satisfied distinct characters but compares with len(t), so a t with a repeated character is never covered.
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    window = Counter()
    formed = 0
    left = 0
    best = ""
    for right, c in enumerate(s):
        window[c] += 1
        if c in need and window[c] == need[c]:
            formed += 1
        while formed == len(t):
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            d = s[left]
            window[d] -= 1
            if d in need and window[d] < need[d]:
                formed -= 1
            left += 1
    return best

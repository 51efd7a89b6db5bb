# Sliding window that re-checks every character of t at each step: O(len(s) * distinct(t)), quadratic here.
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    window = Counter()
    left = 0
    best = ""

    def covered():
        return all(window[c] >= k for c, k in need.items())

    for right, c in enumerate(s):
        window[c] += 1
        while covered():
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            window[s[left]] -= 1
            left += 1
    return best

# time: O(n)
# space: O(n)
# Sliding window with a Counter of still-needed characters and a count of missing ones; shrink from the left whenever complete.
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    left = 0
    best = (0, len(s) + 1)
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best[1] - best[0]:
                best = (left, right + 1)
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best[0]:best[1]] if best[1] <= len(s) else ""

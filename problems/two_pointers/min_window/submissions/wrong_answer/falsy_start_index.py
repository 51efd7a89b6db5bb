# Bug: uses `if not best_start` to mean "no window found yet", but index 0 is falsy too: a shortest window that starts at index 0 is overwritten by the next (longer) window the scan finds.
# Why only the properties catch it: in no fixed case is the unique shortest window at index 0 with a longer window after it; the properties often open s with t's characters, so the best window sits at index 0.
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    left = 0
    best_start, best_len = None, 0
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if not best_start or right - left + 1 < best_len:  # "no window yet, or a shorter one"
                best_start, best_len = left, right - left + 1
            need[s[left]] += 1
            missing += 1
            left += 1
    if best_start is None:
        return ""
    return s[best_start:best_start + best_len]

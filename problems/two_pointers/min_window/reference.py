from collections import Counter


def min_window(s, t):
    """Sliding window with a count of still-missing characters: O(len(s) + len(t)) time,
    O(len(t)) extra space. Returns the leftmost of the shortest windows."""
    need = Counter(t)
    missing = len(t)
    left = 0
    best_start, best_len = 0, len(s) + 1
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing == 0:
            # Drop characters from the left while the window keeps every needed one.
            while need[s[left]] < 0:
                need[s[left]] += 1
                left += 1
            if right - left + 1 < best_len:
                best_start, best_len = left, right - left + 1
            # Give up s[left] so the window must find a new copy further right.
            need[s[left]] += 1
            missing += 1
            left += 1
    return s[best_start:best_start + best_len] if best_len <= len(s) else ""

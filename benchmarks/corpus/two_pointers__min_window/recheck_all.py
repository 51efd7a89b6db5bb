# time: O(n^2)
# space: O(n)
# A correct two-pointer window, but "is it complete?" re-runs all(...) over every distinct character of t (about n/2 of them) at every step.
from collections import Counter


def min_window(s, t):
    need = Counter(t)
    have = Counter()

    def complete():
        return all(have[c] >= k for c, k in need.items())

    best = ""
    left = 0
    for right, c in enumerate(s):
        have[c] += 1
        while complete():
            if not best or right - left + 1 < len(best):
                best = s[left:right + 1]
            have[s[left]] -= 1
            left += 1
    return best

# time: O(n)
# space: O(n)
# Builtin work done once: set(s) (a linear C pass) answers all-distinct strings at once; otherwise a counting sliding window.
from collections import defaultdict


def longest_unique_substring(s):
    if len(set(s)) == len(s):
        return len(s)
    counts = defaultdict(int)
    left = best = 0
    for right, c in enumerate(s):
        counts[c] += 1
        while counts[c] > 1:
            counts[s[left]] -= 1
            left += 1
        best = max(best, right - left + 1)
    return best

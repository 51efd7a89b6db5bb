# time: O(n^2)
# space: O(n)
# C-builtin trap: the window is a str slice s[start:i]; `c in window` and str.index scan it, and slicing copies it, on every step.
def longest_unique_substring(s):
    start = best = 0
    for i, c in enumerate(s):
        window = s[start:i]
        if c in window:
            start += window.index(c) + 1
        best = max(best, i - start + 1)
    return best

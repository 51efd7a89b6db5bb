# time: O(n^2)
# space: O(n)
# C-builtin trap: the window is a list; `c in window` and list.index scan it and del window[:k] shifts it, each O(n) in C.
def longest_unique_substring(s):
    window = []
    best = 0
    for c in s:
        if c in window:
            del window[:window.index(c) + 1]
        window.append(c)
        best = max(best, len(window))
    return best

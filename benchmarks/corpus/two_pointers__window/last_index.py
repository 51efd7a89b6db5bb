# time: O(n)
# space: O(n)
# Sliding window that remembers the last index of every character and jumps the start past a repeat.
def longest_unique_substring(s):
    last = {}
    start = best = 0
    for i, c in enumerate(s):
        j = last.get(c)
        if j is not None and j >= start:
            start = j + 1
        last[c] = i
        best = max(best, i - start + 1)
    return best

# Sliding window with last indices, but starts `best` at 1 ("any string has a unique character"): O(n), wrong for the empty string.
def longest_unique_substring(s):
    last = {}
    start = 0
    best = 1
    for i, c in enumerate(s):
        if c in last and last[c] >= start:
            start = last[c] + 1
        last[c] = i
        best = max(best, i - start + 1)
    return best

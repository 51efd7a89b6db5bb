def longest_unique_substring(s):
    """Sliding window with the last index of every character: O(n) time, O(n) space."""
    last = {}
    start = 0
    best = 0
    for i, c in enumerate(s):
        j = last.get(c)
        if j is not None and j >= start:
            start = j + 1
        last[c] = i
        if i - start + 1 > best:
            best = i - start + 1
    return best

def partition_labels(s):
    """Last occurrence of every character, then one scan extending the current
    part to the farthest last occurrence seen; cut when the scan reaches it.
    O(n) time, O(k) extra space for k distinct characters."""
    last = {c: i for i, c in enumerate(s)}
    sizes = []
    start = end = 0
    for i, c in enumerate(s):
        if last[c] > end:
            end = last[c]
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    return sizes

def reverse_k_group(values, k):
    """Copy, then reverse every full block of k in place with two pointers: O(n) time, O(n) space."""
    out = list(values)
    start = 0
    while start + k <= len(out):
        i, j = start, start + k - 1
        while i < j:
            out[i], out[j] = out[j], out[i]
            i += 1
            j -= 1
        start += k
    return out

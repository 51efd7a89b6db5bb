# Reverses every full block of k with one slice each and keeps the short tail: O(n).
def reverse_k_group(values, k):
    n = len(values)
    full = n - n % k
    out = []
    for i in range(0, full, k):
        out.extend(reversed(values[i:i + k]))
    out.extend(values[full:])
    return out

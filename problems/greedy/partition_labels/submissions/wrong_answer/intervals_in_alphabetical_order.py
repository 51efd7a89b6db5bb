# Merges each character's [first, last] interval, but walks the characters in sorted order instead of by first occurrence.
def partition_labels(s):
    first, last = {}, {}
    for i, c in enumerate(s):
        first.setdefault(c, i)
        last[c] = i
    sizes = []
    lo, hi = None, None
    for c in sorted(first):
        a, b = first[c], last[c]
        if hi is None:
            lo, hi = a, b
        elif a > hi:
            sizes.append(hi - lo + 1)
            lo, hi = a, b
        else:
            lo, hi = min(lo, a), max(hi, b)
    sizes.append(hi - lo + 1)
    return sizes

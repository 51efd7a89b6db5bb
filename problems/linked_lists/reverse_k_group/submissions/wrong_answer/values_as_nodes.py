# Treats each value as a node's identity (a dict from value to position), so repeated values all land in one place.
def reverse_k_group(values, k):
    pos = {v: i for i, v in enumerate(values)}
    n = len(values)
    out = list(values)
    for v in values:
        i = pos[v]
        g = i // k
        if (g + 1) * k <= n:
            out[g * k + (k - 1 - i % k)] = v
    return out

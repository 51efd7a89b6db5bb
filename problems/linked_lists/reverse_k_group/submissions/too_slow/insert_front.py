# Builds each reversed group with insert(0, x): correct, but O(k^2) per group, O(n^2) when k = n, against O(n).
def reverse_k_group(values, k):
    out = []
    n = len(values)
    i = 0
    while i + k <= n:
        group = []
        for x in values[i:i + k]:
            group.insert(0, x)
        out += group
        i += k
    return out + values[i:]

# Reverses the final short group as well, although fewer than k nodes must stay in order.
def reverse_k_group(values, k):
    out = []
    for i in range(0, len(values), k):
        out.extend(values[i:i + k][::-1])
    return out

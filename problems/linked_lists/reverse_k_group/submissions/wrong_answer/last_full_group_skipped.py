# Loops over group starts with range(0, n - k, k), so when k divides n the last full group is never reversed.
def reverse_k_group(values, k):
    out = list(values)
    n = len(out)
    for i in range(0, n - k, k):
        out[i:i + k] = out[i:i + k][::-1]
    return out

# Keeps the current top k in a plain list and finds its minimum with min() for every value: O(n * k) time, quadratic when k grows with n.
def topk_stream(stream, k):
    top = []
    for x in stream:
        if len(top) < k:
            top.append(x)
        elif k:
            low = min(top)
            if x > low:
                top[top.index(low)] = x
    return sorted(top, reverse=True)

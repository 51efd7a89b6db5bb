# Buffer of at most 2k values, sorted and cut back to k whenever it fills: O(n log k) amortised time, O(k) extra space.
def topk_stream(stream, k):
    if k <= 0:
        for _ in stream:
            pass
        return []
    buf = []
    for x in stream:
        buf.append(x)
        if len(buf) >= 2 * k:
            buf.sort(reverse=True)
            del buf[k:]
    buf.sort(reverse=True)
    return buf[:k]

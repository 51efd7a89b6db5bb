# heapq.nlargest consumes the iterator keeping only a k-element heap: O(n log k) time, O(k) extra space.
from heapq import nlargest


def topk_stream(stream, k):
    return nlargest(k, stream)

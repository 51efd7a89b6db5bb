# Materialises the whole stream and sorts it: O(n log n) time but O(n) extra space, over the O(k) space budget.
def topk_stream(stream, k):
    return sorted(stream, reverse=True)[:k]

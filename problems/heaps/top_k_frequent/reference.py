import heapq
from collections import Counter


def top_k_frequent(nums, k):
    """Count with a dict, keep the k most frequent in a k-sized heap: O(n + u log k) time, O(n) space."""
    counts = Counter(nums)
    return heapq.nlargest(k, counts, key=counts.get)

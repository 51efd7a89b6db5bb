# time: O(n log n)
# space: O(n)
# Counter, then heapq.nlargest(k, counts, key=counts.get): a k-sized heap over ~3n/4 distinct values with k ~ n/4, so O(n log k) = O(n log n).
import heapq
from collections import Counter


def top_k_frequent(nums, k):
    counts = Counter(nums)
    return heapq.nlargest(k, counts, key=counts.get)

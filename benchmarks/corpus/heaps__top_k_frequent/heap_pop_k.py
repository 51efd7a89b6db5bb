# time: O(n log n)
# space: O(n)
# Heapify (-count, value) pairs for all distinct values, then pop k of them (k ~ n/4 pops of log n each).
import heapq
from collections import Counter


def top_k_frequent(nums, k):
    heap = [(-c, x) for x, c in Counter(nums).items()]
    heapq.heapify(heap)
    return [heapq.heappop(heap)[1] for _ in range(k)]

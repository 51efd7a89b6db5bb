# Bug: counts with itertools.groupby without sorting first, so a value's count is the length of its LAST run only.
import heapq
from itertools import groupby


def top_k_frequent(nums, k):
    counts = {v: len(list(run)) for v, run in groupby(nums)}
    return heapq.nlargest(k, counts, key=counts.get)

# The standard library's lazy k-way merge, heapq.merge: O(N log k).
import heapq


def merge_shards(shards):
    return list(heapq.merge(*shards))

# Min-heap of (head, shard index, iterator): pop the smallest head, push that shard's next value: O(N log k).
import heapq


def merge_shards(shards):
    heap = []
    for i, shard in enumerate(shards):
        it = iter(shard)
        for first in it:
            heap.append((first, i, it))
            break
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, it = heapq.heappop(heap)
        out.append(value)
        for nxt in it:
            heapq.heappush(heap, (nxt, i, it))
            break
    return out

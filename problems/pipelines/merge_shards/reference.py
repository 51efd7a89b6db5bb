import heapq


def merge_shards(shards):
    """k-way merge with a min-heap of (head value, shard index, position): each
    of the N values is pushed and popped once: O(N log k) time, O(N) space for
    the output (O(k) extra)."""
    heap = [(shard[0], i, 0) for i, shard in enumerate(shards) if shard]
    heapq.heapify(heap)
    out = []
    while heap:
        value, i, pos = heap[0]
        out.append(value)
        pos += 1
        if pos < len(shards[i]):
            heapq.heapreplace(heap, (shards[i][pos], i, pos))
        else:
            heapq.heappop(heap)
    return out

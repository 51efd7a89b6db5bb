# Merges the shards one by one into a growing result with a two-pointer merge: correct, but the result is re-copied k times, O(N * k).
def merge_shards(shards):
    merged = []
    for shard in shards:
        out, i, j = [], 0, 0
        while i < len(merged) and j < len(shard):
            if merged[i] <= shard[j]:
                out.append(merged[i])
                i += 1
            else:
                out.append(shard[j])
                j += 1
        out.extend(merged[i:])
        out.extend(shard[j:])
        merged = out
    return merged

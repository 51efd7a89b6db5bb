# Folds the shards into one with a two-pointer merge, but after the loop only appends the rest of the first list, dropping the second list's tail.
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
        merged = out
    return merged

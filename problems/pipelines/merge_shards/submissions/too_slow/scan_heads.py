# Keeps a position per shard and scans all k heads for the minimum at every step: correct, but O(N * k), quadratic when k grows with N.
def merge_shards(shards):
    pos = [0] * len(shards)
    out = []
    while True:
        best = None
        for i, shard in enumerate(shards):
            if pos[i] < len(shard) and (best is None or shard[pos[i]] < shards[best][pos[best]]):
                best = i
        if best is None:
            return out
        out.append(shards[best][pos[best]])
        pos[best] += 1

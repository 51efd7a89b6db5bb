# Stable sort of indices by length, then slices of batch_size padded to the slice's longest: O(N log N + T).
def pad_batches(sequences, batch_size, pad):
    idx = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    out = {"batches": [], "order": []}
    for s in range(0, len(idx), batch_size):
        chunk = idx[s:s + batch_size]
        longest = max(len(sequences[i]) for i in chunk)
        out["batches"].append([list(sequences[i]) + [pad] * (longest - len(sequences[i])) for i in chunk])
        out["order"].append(chunk)
    return out

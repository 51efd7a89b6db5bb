# Buckets indices by length (a counting sort, stable), walks the buckets in length order, then chunks: O(N + T).
def pad_batches(sequences, batch_size, pad):
    buckets = {}
    for i, seq in enumerate(sequences):
        buckets.setdefault(len(seq), []).append(i)
    order = [i for length in sorted(buckets) for i in buckets[length]]
    batches, orders = [], []
    for start in range(0, len(order), batch_size):
        chunk = order[start:start + batch_size]
        width = len(sequences[chunk[-1]])  # the last index of a chunk is its longest sequence
        batches.append([sequences[i] + [pad] * (width - len(sequences[i])) for i in chunk])
        orders.append(chunk)
    return {"batches": batches, "order": orders}

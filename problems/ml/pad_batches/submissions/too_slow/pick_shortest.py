# Repeatedly picks the shortest remaining sequence with min() and removes it: correct (min keeps the first of ties), but O(N^2).
def pad_batches(sequences, batch_size, pad):
    remaining = list(range(len(sequences)))
    order = []
    while remaining:
        i = min(remaining, key=lambda j: len(sequences[j]))
        remaining.remove(i)
        order.append(i)
    batches, orders = [], []
    for start in range(0, len(order), batch_size):
        chunk = order[start:start + batch_size]
        width = max(len(sequences[i]) for i in chunk)
        batches.append([sequences[i] + [pad] * (width - len(sequences[i])) for i in chunk])
        orders.append(chunk)
    return {"batches": batches, "order": orders}

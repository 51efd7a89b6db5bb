def pad_batches(sequences, batch_size, pad):
    """Stable sort of indices by length, chunk, pad each chunk to its own max: O(N log N + T)."""
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    batches, orders = [], []
    for start in range(0, len(order), batch_size):
        chunk = order[start:start + batch_size]
        width = max(len(sequences[i]) for i in chunk)
        batches.append([sequences[i] + [pad] * (width - len(sequences[i])) for i in chunk])
        orders.append(chunk)
    return {"batches": batches, "order": orders}

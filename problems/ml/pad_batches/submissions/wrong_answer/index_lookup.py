# Bug: sorts the sequences themselves, then recovers indices with sequences.index(seq): identical sequences all get the first index.
def pad_batches(sequences, batch_size, pad):
    ordered = sorted(sequences, key=len)
    batches, orders = [], []
    for start in range(0, len(ordered), batch_size):
        chunk = ordered[start:start + batch_size]
        width = max(len(s) for s in chunk)
        batches.append([s + [pad] * (width - len(s)) for s in chunk])
        orders.append([sequences.index(s) for s in chunk])
    return {"batches": batches, "order": orders}

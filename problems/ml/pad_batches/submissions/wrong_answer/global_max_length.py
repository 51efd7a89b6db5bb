# Bug: pads every batch to the longest sequence overall instead of the batch's own longest.
def pad_batches(sequences, batch_size, pad):
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    width = max((len(s) for s in sequences), default=0)
    batches, orders = [], []
    for start in range(0, len(order), batch_size):
        chunk = order[start:start + batch_size]
        batches.append([sequences[i] + [pad] * (width - len(sequences[i])) for i in chunk])
        orders.append(chunk)
    return {"batches": batches, "order": orders}

# Bug: pads with zip_longest and transposes back, so a batch of only empty sequences comes out as [] instead of [[], ...].
from itertools import zip_longest


def pad_batches(sequences, batch_size, pad):
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    batches, orders = [], []
    for start in range(0, len(order), batch_size):
        chunk = order[start:start + batch_size]
        columns = zip_longest(*(sequences[i] for i in chunk), fillvalue=pad)
        batches.append([list(row) for row in zip(*columns)])
        orders.append(chunk)
    return {"batches": batches, "order": orders}

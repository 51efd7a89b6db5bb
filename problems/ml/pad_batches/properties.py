from hypothesis import strategies as st

_TOKENS = st.integers(-2, 3)


def args_strategy():
    sequences = st.lists(st.lists(_TOKENS, max_size=4), max_size=10)
    return st.tuples(sequences, st.integers(1, 4), st.sampled_from([0, -1, 9])).map(list)


def invariants(args, got):
    sequences, batch_size, pad = args
    assert isinstance(got, dict) and set(got) == {"batches", "order"}, f"expected batches and order, got {got!r}"
    batches, order = got["batches"], got["order"]
    assert len(batches) == len(order), "batches and order differ in length"
    flat = [i for chunk in order for i in chunk]
    assert sorted(flat) == list(range(len(sequences))), f"order is not a permutation of the indices: {order!r}"
    for b, (rows, idx) in enumerate(zip(batches, order)):
        assert 1 <= len(idx) <= batch_size and len(rows) == len(idx), f"batch {b} has a wrong size"
        width = max(len(sequences[i]) for i in idx)
        for row, i in zip(rows, idx):
            assert row[:len(sequences[i])] == sequences[i], f"batch {b} does not start with sequence {i}"
            assert len(row) == width, f"batch {b}: a row of length {len(row)}, the batch's longest is {width}"

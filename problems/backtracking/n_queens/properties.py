from hypothesis import strategies as st


def args_strategy():
    return st.integers(1, 9).map(lambda n: [n])


def invariants(args, got):
    (n,) = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    assert got >= 0, f"a count cannot be negative: {got}"
    if n in (2, 3):
        assert got == 0, f"no placement exists for n = {n}, got {got}"
    if n >= 2:
        # Mirroring a placement left-right gives a different placement, so they come in pairs.
        assert got % 2 == 0, f"placements come in mirror pairs for n >= 2, but {got} is odd"

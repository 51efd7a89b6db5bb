from hypothesis import strategies as st


def args_strategy():
    value = st.one_of(st.integers(-3, 3), st.integers(-3, 3), st.integers(-10**9, 10**9))
    return st.lists(value, max_size=40).map(lambda values: [values])


def invariants(args, got):
    (values,) = args
    assert isinstance(got, list) and len(got) == len(values), (
        f"expected {len(values)} medians, one per value, got {got!r}")
    for k, m in enumerate(got, start=1):
        s = sorted(values[:k])
        want = s[k // 2] if k % 2 else (s[k // 2 - 1] + s[k // 2]) / 2
        assert isinstance(m, (int, float)) and not isinstance(m, bool), f"median #{k} is not a number: {m!r}"
        assert abs(m - want) <= 1e-9 * max(1.0, abs(want)), f"median of the first {k} values is {want}, not {m}"

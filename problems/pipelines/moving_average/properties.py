from hypothesis import strategies as st

_value = st.one_of(
    st.integers(-10**9, 10**9),
    st.integers(-3, 3),
    st.floats(-10**9, 10**9, allow_nan=False, allow_infinity=False),
    st.sampled_from([0.1, 0.2, 0.3, -0.5, 1e-9, 1e9]),
)


@st.composite
def _case(draw):
    values = draw(st.lists(_value, max_size=40))
    window = draw(st.integers(1, len(values) + 2))
    return [values, window]


def args_strategy():
    return _case()


def invariants(args, got):
    values, window = args
    assert isinstance(got, list), f"expected a sequence of means, got {type(got).__name__}"
    assert len(got) == max(0, len(values) - window + 1), f"{len(got)} means for {len(values)} values, window {window}"
    for k, m in enumerate(got):
        part = values[k:k + window]
        lo, hi = min(part), max(part)
        slack = 1e-9 * max(abs(v) for v in values[:k + window])
        assert lo - slack <= m <= hi + slack, f"mean #{k} = {m!r} lies outside its window's range [{lo}, {hi}]"

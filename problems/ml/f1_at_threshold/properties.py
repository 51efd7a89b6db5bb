from hypothesis import strategies as st

# Few distinct values of either sign, so scores often equal the threshold and each other.
_VALUES = st.sampled_from([-2.5, -1, -0.5, 0, 0.0, 0.25, 0.5, 0.75, 1, 1.5, 3])


@st.composite
def _case(draw):
    n = draw(st.integers(0, 20))
    scores = draw(st.lists(_VALUES, min_size=n, max_size=n))
    labels = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    return [scores, labels, draw(_VALUES)]


def args_strategy():
    return _case()


def invariants(args, got):
    assert isinstance(got, dict) and set(got) == {"precision", "recall", "f1"}, f"not a metrics dict: {got!r}"
    p, r, f = got["precision"], got["recall"], got["f1"]
    for name, v in got.items():
        assert isinstance(v, (int, float)) and not isinstance(v, bool), f"{name} is not a number: {v!r}"
        assert -1e-12 <= v <= 1 + 1e-12, f"{name} = {v} is outside [0, 1]"
    assert min(p, r) - 1e-9 <= f <= max(p, r) + 1e-9, f"f1 {f} is not between precision {p} and recall {r}"

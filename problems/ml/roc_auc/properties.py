from hypothesis import strategies as st

# Few distinct values of either sign, so ties (and tie groups of every size) are common.
_VALUES = st.sampled_from([-3, -1.5, -0.5, 0, 0.25, 0.5, 0.5, 1, 2.0, 7])


@st.composite
def _case(draw):
    n = draw(st.integers(0, 24))
    scores = draw(st.lists(_VALUES, min_size=n, max_size=n))
    labels = draw(st.lists(st.integers(0, 1), min_size=n, max_size=n))
    return [scores, labels]


def args_strategy():
    return _case()


def invariants(args, got):
    scores, labels = args
    p = sum(labels)
    if p == 0 or p == len(labels):
        assert got is None, f"expected None without both classes, got {got!r}"
        return
    assert isinstance(got, (int, float)) and not isinstance(got, bool), f"not a number: {got!r}"
    assert -1e-12 <= got <= 1 + 1e-12, f"AUC {got} is outside [0, 1]"
    # Negating every score mirrors the AUC around 1/2.
    flipped = [-s for s in scores]
    wins = sum((a > b) + 0.5 * (a == b) for a, x in zip(flipped, labels) if x for b, y in zip(flipped, labels) if not y)
    assert abs(got - (1 - wins / (p * (len(labels) - p)))) <= 1e-9, f"AUC {got} is not 1 - AUC of the negated scores"

from hypothesis import strategies as st


@st.composite
def _case(draw):
    n = draw(st.integers(1, 10))
    amount = st.integers(0, 6)
    gas = draw(st.lists(amount, min_size=n, max_size=n))
    cost = draw(st.lists(amount, min_size=n, max_size=n))
    return [gas, cost]


def args_strategy():
    return _case()


def _valid(gas, cost, s):
    tank = 0
    for k in range(len(gas)):
        i = (s + k) % len(gas)
        tank += gas[i] - cost[i]
        if tank < 0:
            return False
    return True


def invariants(args, got):
    gas, cost = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    starts = [s for s in range(len(gas)) if _valid(gas, cost, s)]
    if not starts:
        assert got == -1, f"no start completes the circuit, but got {got}"
    else:
        assert got in starts, f"{got} is not a valid start; valid starts: {starts}"

from hypothesis import strategies as st


@st.composite
def _case(draw):
    coins = draw(st.lists(st.integers(1, 30), min_size=1, max_size=5))
    amount = draw(st.integers(0, 150))
    return [coins, amount]


def args_strategy():
    return _case()


def invariants(args, got):
    coins, amount = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    if amount == 0:
        assert got == 0, f"amount 0 needs 0 coins, got {got}"
        return
    if got == -1:
        assert amount % min(coins) != 0, f"{amount} is a multiple of the coin {min(coins)}, so it is reachable"
        return
    assert got >= 1, f"impossible coin count {got}"
    assert got * max(coins) >= amount, f"{got} coins of at most {max(coins)} cannot reach {amount}"
    assert got * min(coins) <= amount, f"{got} coins of at least {min(coins)} overshoot {amount}"
    for c in coins:
        if amount % c == 0:
            assert got <= amount // c, f"{amount // c} coins of {c} alone would do better than {got}"

from hypothesis import strategies as st


def args_strategy():
    heights = st.one_of(
        st.lists(st.integers(0, 6), max_size=16),        # small heights: many equal bars and zeros
        st.lists(st.integers(0, 10 ** 4), max_size=24),
    )
    return heights.map(lambda h: [h])


def invariants(args, got):
    (h,) = args
    assert isinstance(got, int) and not isinstance(got, bool), f"expected an int area, got {got!r}"
    assert got >= (max(h) if h else 0), f"{got} is smaller than the tallest single bar"
    # The area must be achieved by some run of bars at the height of its lowest bar.
    if got:
        assert any(min(h[i:j + 1]) * (j - i + 1) == got for i in range(len(h)) for j in range(i, len(h))), \
            f"no rectangle in the histogram has area {got}"

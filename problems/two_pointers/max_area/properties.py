from hypothesis import strategies as st


def args_strategy():
    return st.one_of(
        st.lists(st.integers(0, 12), max_size=25),          # small heights: many ties and zeros
        st.lists(st.integers(0, 10**9), max_size=15),
        # strictly monotone walls with uneven steps (not just the ramp 1, 2, ..., n)
        st.lists(st.integers(0, 10**4), min_size=2, max_size=25, unique=True).flatmap(
            lambda xs: st.sampled_from([sorted(xs), sorted(xs, reverse=True)])),
    ).map(lambda height: [height])


def invariants(args, got):
    (height,) = args
    assert isinstance(got, int) and not isinstance(got, bool), f"expected an int, got {got!r}"
    n = len(height)
    areas = [(j - i) * min(height[i], height[j]) for i in range(n) for j in range(i + 1, n)]
    if not areas:
        assert got == 0, f"fewer than two lines hold nothing, got {got}"
        return
    assert got in areas, f"{got} is not the area of any pair of lines"
    assert got >= max(areas), f"some pair holds {max(areas)} > {got}"

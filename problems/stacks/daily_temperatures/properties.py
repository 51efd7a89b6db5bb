from hypothesis import strategies as st


def args_strategy():
    temps = st.one_of(
        st.lists(st.integers(30, 100), max_size=30),
        st.lists(st.sampled_from([30, 31, 70, 99, 100]), max_size=20),  # many equal temperatures
    )
    return temps.map(lambda t: [t])


def invariants(args, got):
    (t,) = args
    assert isinstance(got, list) and len(got) == len(t), f"expected a list of {len(t)} waits, got {got!r}"
    for i, w in enumerate(got):
        assert isinstance(w, int) and 0 <= w < len(t) - i or (w == 0), f"answer[{i}] = {w!r} is out of range"
        if w:
            assert t[i + w] > t[i], f"day {i + w} ({t[i + w]}) is not warmer than day {i} ({t[i]})"
            assert all(t[k] <= t[i] for k in range(i + 1, i + w)), f"a warmer day comes before day {i + w}"
        else:
            assert all(t[k] <= t[i] for k in range(i + 1, len(t))), f"answer[{i}] = 0 but a warmer day follows"

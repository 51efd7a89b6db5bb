from hypothesis import strategies as st

_SMALL = "abcaAé日😀 1"


def args_strategy():
    text = st.one_of(
        st.text(alphabet=st.sampled_from(_SMALL), max_size=30),  # many repeats
        st.text(max_size=25),                                     # any code points (no surrogates)
    )
    return text.map(lambda s: [s])


def _distinct(sub):
    return len(set(sub)) == len(sub)


def invariants(args, got):
    (s,) = args
    assert isinstance(got, int) and not isinstance(got, bool), f"expected an int, got {got!r}"
    assert 0 <= got <= len(s), f"{got} is not a possible length for a string of {len(s)} characters"
    if got:
        assert any(_distinct(s[i:i + got]) for i in range(len(s) - got + 1)), \
            f"no substring of length {got} is free of repeats"
    assert not any(_distinct(s[i:i + got + 1]) for i in range(len(s) - got)), \
        f"a substring of length {got + 1} has no repeated character"

from hypothesis import strategies as st

# A small alphabet makes repeated characters (where LCS bugs hide) common.
_CHAR = st.sampled_from(["a", "b", "a", "é", "😀"])


@st.composite
def _pair(draw):
    text1 = "".join(draw(st.lists(_CHAR, max_size=10)))
    if draw(st.integers(0, 2)) == 0:
        text2 = "".join(draw(st.lists(_CHAR, max_size=10)))
    else:
        # a near copy: keep each character or not, with a few characters inserted
        keep = draw(st.lists(st.booleans(), min_size=len(text1), max_size=len(text1)))
        text2 = "".join(c for c, k in zip(text1, keep) if k)
        for ch, pos in draw(st.lists(st.tuples(_CHAR, st.integers(0, 10)), max_size=2)):
            pos = min(pos, len(text2))
            text2 = text2[:pos] + ch + text2[pos:]
    if draw(st.booleans()):
        text1, text2 = text2, text1
    return [text1, text2]


def args_strategy():
    return _pair()


def invariants(args, got):
    text1, text2 = args
    assert isinstance(got, int) and not isinstance(got, bool), f"not an integer: {got!r}"
    assert 0 <= got <= min(len(text1), len(text2)), f"{got} is outside [0, {min(len(text1), len(text2))}]"
    assert (got == 0) == (not set(text1) & set(text2)), \
        f"answer {got}, but the strings {'share' if set(text1) & set(text2) else 'share no'} characters"
    if text1 == text2:
        assert got == len(text1), f"identical strings: the answer is their length {len(text1)}, not {got}"

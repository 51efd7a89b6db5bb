from collections import Counter

from hypothesis import strategies as st

_ALPHA = "abcaAB日😀"
_text = st.text(alphabet=st.sampled_from(_ALPHA), max_size=25)


@st.composite
def _case(draw):
    s = draw(_text)
    if s and draw(st.booleans()):
        # t drawn from s's own characters, so a window usually exists.
        t = "".join(draw(st.lists(st.sampled_from(s), min_size=1, max_size=6)))
    else:
        t = draw(st.text(alphabet=st.sampled_from(_ALPHA), min_size=1, max_size=6))
    if draw(st.integers(0, 2)) == 0:
        # A window right at index 0: s opens with t's characters in some order.
        s = "".join(draw(st.permutations(t))) + s
    return [s, t]


def args_strategy():
    return _case()


def invariants(args, got):
    s, t = args
    need = Counter(t)
    assert isinstance(got, str), f"expected a string, got {got!r}"
    shortest = None
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if not need - Counter(s[i:j]):
                if shortest is None or j - i < shortest:
                    shortest = j - i
                break
    if shortest is None:
        assert got == "", f"no window of s covers t, yet got {got!r}"
        return
    assert got in s, f"{got!r} is not a substring of s"
    assert not need - Counter(got), f"{got!r} does not hold every character of t"
    assert len(got) == shortest, f"{got!r} has length {len(got)}; the shortest window has {shortest}"

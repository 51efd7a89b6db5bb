from hypothesis import strategies as st

_WORD = st.text(alphabet="ab", min_size=1, max_size=4)


@st.composite
def _case(draw):
    words = draw(st.lists(_WORD, min_size=1, max_size=5, unique=True))
    if draw(st.booleans()):
        s = "".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=5)))  # splittable
        if draw(st.booleans()) and len(s) > 1:  # perturb one character
            i = draw(st.integers(0, len(s) - 1))
            s = s[:i] + ("a" if s[i] == "b" else "b") + s[i + 1:]
    else:
        s = draw(st.text(alphabet="ab", min_size=1, max_size=12))
    return [s, words]


def args_strategy():
    return _case()


def invariants(args, got):
    s, words = args
    assert isinstance(got, bool), f"not a bool: {got!r}"
    if s in words:
        assert got is True, f"{s!r} is itself a dictionary word"
    if set(s) - set("".join(words)):
        assert got is False, f"{s!r} has a letter that no word contains"

from hypothesis import strategies as st

_PAIRS = ("()", "[]", "{}")


@st.composite
def _balanced(draw, depth=0):
    """A valid string, sometimes with one character changed, dropped or added."""
    parts = []
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        p = draw(st.sampled_from(_PAIRS))
        parts.append(p[0] + draw(_balanced(depth + 1)) + p[1])
    return "".join(parts)


@st.composite
def _mutated(draw):
    s = draw(_balanced())
    op = draw(st.sampled_from(["keep", "replace", "drop", "insert"]))
    if op == "keep" or (op != "insert" and not s):
        return s
    i = draw(st.integers(0, len(s) - 1 if op != "insert" else len(s)))
    c = draw(st.sampled_from("()[]{}"))
    if op == "replace":
        return s[:i] + c + s[i + 1:]
    if op == "drop":
        return s[:i] + s[i + 1:]
    return s[:i] + c + s[i:]


def args_strategy():
    text = st.one_of(st.text(alphabet="()[]{}", max_size=16), _mutated())
    return text.map(lambda s: [s])


def invariants(args, got):
    (s,) = args
    assert isinstance(got, bool), f"expected True or False, got {got!r}"
    if got:
        assert len(s) % 2 == 0, "a valid string has even length"

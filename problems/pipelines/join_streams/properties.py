from hypothesis import strategies as st

_key = st.sampled_from([0, 1, 2, -1, "1", "a", "A", "", "é", None])
_value = st.one_of(st.integers(-3, 3), st.text("ab", max_size=2), st.none())


def _record(key):
    return st.builds(lambda k, extra: {**extra, key: k}, _key,
                     st.dictionaries(st.sampled_from(["v", "w", "side"]), _value, max_size=2))


@st.composite
def _case(draw):
    key = draw(st.sampled_from(["id", "k"]))
    return [draw(st.lists(_record(key), max_size=8)), draw(st.lists(_record(key), max_size=8)), key]


def args_strategy():
    return _case()


def invariants(args, got):
    left, right, key = args
    assert isinstance(got, list), f"expected a list of rows, got {type(got).__name__}"
    want = sum(1 for l in left for r in right
               if l[key] is not None and type(l[key]) is type(r[key]) and l[key] == r[key])
    assert len(got) == want, f"{len(got)} rows, but {want} (left, right) pairs have equal non-null keys"
    for row in got:
        assert isinstance(row, dict) and row.get(key) is not None, f"row {row!r} has no non-null key"

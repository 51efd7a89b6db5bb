from hypothesis import strategies as st

_value = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(-2, 2, allow_nan=False),
                   st.text("ab", max_size=2), st.lists(st.integers(0, 1), max_size=1),
                   st.dictionaries(st.sampled_from(["x"]), st.integers(0, 1), max_size=1))
_field = st.sampled_from(["a", "b", "B", "A", "_", "é", "Z", "id"])
_batch = st.lists(st.dictionaries(_field, _value, max_size=4), max_size=5)

NAMES = {type(None): "null", bool: "bool", int: "int", float: "float", str: "str", list: "list", dict: "dict"}


def args_strategy():
    return st.tuples(_batch, _batch).map(list)


def invariants(args, got):
    a, b = args
    assert isinstance(got, dict) and set(got) == {"added", "removed", "changed"}, f"unexpected result {got!r}"
    fa = {k for rec in a for k in rec}
    fb = {k for rec in b for k in rec}
    assert got["added"] == sorted(fb - fa), f"added should be {sorted(fb - fa)}"
    assert got["removed"] == sorted(fa - fb), f"removed should be {sorted(fa - fb)}"
    assert isinstance(got["changed"], dict) and set(got["changed"]) <= fa & fb, "changed lists a field not in both batches"
    for field, diff in got["changed"].items():
        assert diff["before"] != diff["after"], f"{field!r} is reported changed, but its types are equal"
        for side, batch in (("before", a), ("after", b)):
            want = sorted({NAMES[type(rec[field])] for rec in batch if field in rec})
            assert diff[side] == want, f"{field!r} {side}: {diff[side]} should be {want}"

from hypothesis import strategies as st


@st.composite
def _records(draw):
    ids = draw(st.one_of(st.sampled_from([["a", "b", "B", "é", "日本", "😀", "ab"]]),
                         st.sampled_from([[-3, 0, 2, 10, 9]])))
    n = draw(st.integers(0, 25))
    records = []
    for seq in range(n):
        rec = {"id": draw(st.sampled_from(ids)), "ts": draw(st.integers(-3, 3)), "seq": seq}
        if draw(st.booleans()):
            rec["payload"] = draw(st.one_of(st.none(), st.text(max_size=3), st.lists(st.integers(), max_size=2)))
        records.append(rec)
    return [records]


def args_strategy():
    return _records()


def invariants(args, got):
    (records,) = args
    assert isinstance(got, list), f"expected a list of records, got {type(got).__name__}"
    ids = [r["id"] for r in got]
    assert ids == sorted(set(ids)), "ids are not strictly ascending (sorted, one record per id)"
    assert set(ids) == {r["id"] for r in records}, "some id is missing or invented"
    for rec in got:
        same = [r for r in records if r["id"] == rec["id"]]
        assert rec in same, f"{rec} is not one of the input records, unchanged"
        top = max(r["ts"] for r in same)
        assert rec["ts"] == top, f"id {rec['id']!r}: kept ts {rec['ts']}, but {top} exists"
        last = [r for r in same if r["ts"] == top][-1]
        assert rec == last, f"id {rec['id']!r}: on a ts tie the later record must win"

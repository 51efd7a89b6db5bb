from hypothesis import strategies as st


@st.composite
def _case(draw):
    steps = draw(st.lists(st.integers(0, 3), max_size=25))
    start = draw(st.integers(0, 12))
    clients = draw(st.lists(st.sampled_from(["a", "b", "é"]), min_size=len(steps), max_size=len(steps)))
    events, t = [], start
    for step, c in zip(steps, clients):
        t += step
        events.append([t, c])
    return [events, draw(st.integers(0, 4)), draw(st.integers(0, 10))]


def args_strategy():
    return _case()


def invariants(args, got):
    events, limit, window = args
    assert isinstance(got, list) and len(got) == len(events), "expected one boolean per event"
    assert all(isinstance(x, bool) for x in got), "every answer must be a bool"
    kept = [e for e, ok in zip(events, got) if ok]
    for t, c in kept:
        inside = sum(1 for s, d in kept if d == c and t - window < s <= t)
        assert inside <= limit, f"client {c!r} has {inside} allowed requests in ({t - window}, {t}], limit {limit}"

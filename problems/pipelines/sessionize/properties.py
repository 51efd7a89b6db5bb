from hypothesis import strategies as st

_users = st.sampled_from(["a", "b", "B", "ab", "é", "Zoë", "日本", "😀"])
_event = st.fixed_dictionaries({"user": _users, "ts": st.integers(-20, 20)})


def args_strategy():
    return st.tuples(st.lists(_event, max_size=30), st.integers(0, 8)).map(list)


def invariants(args, got):
    events, gap = args
    assert isinstance(got, list), f"expected a list of sessions, got {type(got).__name__}"
    times = {}
    for e in events:
        times.setdefault(e["user"], []).append(e["ts"])
    keys = [(s["user"], s["start"]) for s in got]
    assert keys == sorted(keys), "sessions are not sorted by (user, start)"
    assert sum(s["events"] for s in got) == len(events), "session sizes do not add up to the number of events"
    prev = None
    for s in got:
        assert set(s) == {"user", "start", "end", "events"}, f"unexpected keys {sorted(s)}"
        ts = sorted(t for t in times.get(s["user"], []) if s["start"] <= t <= s["end"])
        assert ts and ts[0] == s["start"] and ts[-1] == s["end"], f"{s} does not start and end on events"
        assert len(ts) == s["events"], f"{s} covers {len(ts)} events"
        assert all(b - a <= gap for a, b in zip(ts, ts[1:])), f"{s} contains a step larger than gap"
        if prev is not None and prev["user"] == s["user"]:
            assert s["start"] - prev["end"] > gap, f"{prev} and {s} should be one session"
        prev = s

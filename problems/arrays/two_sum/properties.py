from hypothesis import strategies as st


@st.composite
def _case(draw):
    values = draw(st.lists(st.integers(-1000, 1000), min_size=2, max_size=40, unique=True))
    i, j = draw(st.sampled_from([(a, b) for a in range(len(values)) for b in range(a + 1, len(values))]))
    target = values[i] + values[j]
    # Keep exactly one pair: replace any other value that would complete a pair.
    out, seen = [], set()
    for k, v in enumerate(values):
        if k not in (i, j) and (target - v in seen or v in seen or 2 * v == target):
            v = 10_000 + k
        seen.add(v)
        out.append(v)
    out[i], out[j] = values[i], values[j]
    return [out, target]


def args_strategy():
    return _case()


def invariants(args, got):
    nums, target = args
    assert isinstance(got, list) and len(got) == 2, f"not a pair of indices: {got!r}"
    i, j = got
    assert i != j, "indices must differ"
    assert nums[i] + nums[j] == target, f"nums[{i}] + nums[{j}] != {target}"

from hypothesis import strategies as st


def args_strategy():
    alphabet = st.sampled_from(list("abcdeAé中"))
    return st.lists(alphabet, min_size=1, max_size=30).map(lambda chars: ["".join(chars)])


def invariants(args, got):
    (s,) = args
    assert isinstance(got, list) and all(isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in got), (
        f"expected a list of positive sizes, got {got!r}")
    assert sum(got) == len(s), f"the sizes add up to {sum(got)}, not len(s) = {len(s)}"
    parts, i = [], 0
    for size in got:
        parts.append(s[i:i + size])
        i += size
    for a in range(len(parts)):
        for b in range(a + 1, len(parts)):
            common = set(parts[a]) & set(parts[b])
            assert not common, f"{sorted(common)[0]!r} is in part {a + 1} and in part {b + 1}"
    # As many parts as possible: no part can be cut further.
    for k, p in enumerate(parts):
        for j in range(1, len(p)):
            assert set(p[:j]) & set(p[j:]), f"part {k + 1} ({p!r}) could be cut after {j} characters"

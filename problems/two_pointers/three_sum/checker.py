from collections import Counter


def check(args, expected, got):
    """Any order of triplets and of the values inside a triplet; every distinct triplet exactly once."""
    (nums,) = args
    if not isinstance(got, list):
        return f"expected a list of triplets, got {type(got).__name__}"
    have = Counter(nums)
    seen = set()
    for t in got:
        if not isinstance(t, list) or len(t) != 3 or not all(isinstance(x, int) and not isinstance(x, bool) for x in t):
            return f"every triplet must be a list of three integers, got {t!r}"[:200]
        if sum(t) != 0:
            return f"the triplet {t} sums to {sum(t)}, not 0"
        need = Counter(t)
        short = [v for v, k in need.items() if have[v] < k]
        if short:
            return f"the triplet {t} uses {short[0]} more often than nums holds it"
        key = tuple(sorted(t))
        if key in seen:
            return f"the triplet {list(key)} appears more than once"
        seen.add(key)
    want = {tuple(sorted(t)) for t in expected}
    missing = sorted(want - seen)
    if missing:
        return f"{len(missing)} triplet(s) missing, e.g. {list(missing[0])}"
    return None

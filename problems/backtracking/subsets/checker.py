def check(args, expected, got):
    """Any order of subsets and of numbers within a subset; every subset exactly once."""
    (nums,) = args
    if not isinstance(got, list):
        return f"expected a list of subsets, got {type(got).__name__}"
    allowed = set(nums)
    seen = set()
    for s in got:
        if not isinstance(s, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in s):
            return f"every subset must be a list of integers, got {s!r}"[:200]
        key = frozenset(s)
        if len(key) != len(s):
            return f"the subset {s} repeats a number"
        if not key <= allowed:
            return f"the subset {s} holds {sorted(key - allowed)[:3]}, not in nums"
        if key in seen:
            return f"the subset {sorted(s)} appears more than once"
        seen.add(key)
    if len(seen) != 2 ** len(nums):
        missing = next((e for e in expected if frozenset(e) not in seen), None)
        return f"{len(seen)} subsets, expected {2 ** len(nums)}" + (f"; missing {missing}" if missing is not None else "")
    return None

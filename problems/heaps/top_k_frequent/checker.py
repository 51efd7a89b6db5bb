from collections import Counter


def check(args, expected, got):
    """Any order of the k most frequent values (the set is unique by the input guarantee)."""
    nums, k = args
    if not isinstance(got, list):
        return f"expected a list of {k} values, got {type(got).__name__}"
    if len(got) != k:
        return f"expected {k} value(s), got {len(got)}"
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in got):
        return "every value must be an integer"
    if len(set(got)) != len(got):
        return f"the answer repeats a value: {got[:20]}"
    counts = Counter(nums)
    missing = [x for x in got if x not in counts]
    if missing:
        return f"{missing[0]} does not occur in nums"
    want = set(expected)
    if set(got) != want:
        extra = next(x for x in got if x not in want)
        left_out = next(x for x in want if x not in set(got))
        return (f"{extra} (count {counts[extra]}) is not among the {k} most frequent; "
                f"{left_out} (count {counts[left_out]}) is")
    return None

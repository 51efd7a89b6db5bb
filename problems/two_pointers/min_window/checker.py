from collections import Counter


def check(args, expected, got):
    """Any substring of s of the minimum length that holds t's characters with multiplicity."""
    s, t = args
    if not isinstance(got, str):
        return f"expected a string, got {type(got).__name__}"
    if expected == "":
        if got != "":
            return "no substring of s contains every character of t, so the answer is \"\""
        return None
    if got == "":
        return f"a window exists (for example {expected!r}), but the answer was \"\""
    if got not in s:
        return f"{got!r} is not a substring of s"
    short = Counter(t) - Counter(got)
    if short:
        c, k = next(iter(short.items()))
        return f"{got!r} lacks {k} more {c!r} needed by t"
    if len(got) != len(expected):
        return f"{got!r} has length {len(got)}, but a window of length {len(expected)} exists"
    return None

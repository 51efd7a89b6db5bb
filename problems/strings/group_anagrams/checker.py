def _canon(groups):
    return sorted(sorted(g) for g in groups)


def check(args, expected, got):
    """Any order of groups and of words inside a group; each group one whole anagram class."""
    (strs,) = args
    if not isinstance(got, list) or not all(isinstance(g, list) for g in got):
        return f"expected a list of lists of words, got {type(got).__name__}"
    if not all(isinstance(w, str) for g in got for w in g):
        return "every word must be a string"
    if any(not g for g in got):
        return "a group is empty"
    for g in got:
        key = sorted(g[0])
        for w in g:
            if sorted(w) != key:
                return f"{g[0]!r} and {w!r} are in one group but are not anagrams"
    if sorted(w for g in got for w in g) != sorted(strs):
        return "the groups do not hold exactly the input words (some missing, extra or duplicated)"
    if _canon(got) != _canon(expected):
        return f"expected {len(expected)} groups, got {len(got)}: some anagram class is split"
    return None

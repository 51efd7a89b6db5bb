def group_anagrams(strs):
    """Dict from sorted letters to the words: O(n * k log k) time, O(n * k) space."""
    groups = {}
    for w in strs:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return list(groups.values())

# Bug: keys by the set of letters, so words with the same letters but different counts ("ab", "aab") merge.
def group_anagrams(strs):
    groups = {}
    for w in strs:
        groups.setdefault("".join(sorted(set(w))), []).append(w)
    return list(groups.values())

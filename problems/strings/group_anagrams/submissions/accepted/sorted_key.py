# Groups words under their sorted letters in a dict of lists: O(n * k log k) time, O(n * k) space.
def group_anagrams(strs):
    groups = {}
    for word in strs:
        key = "".join(sorted(word))
        if key not in groups:
            groups[key] = []
        groups[key].append(word)
    return list(groups.values())

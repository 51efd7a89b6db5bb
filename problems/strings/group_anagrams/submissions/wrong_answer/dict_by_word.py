# Bug: computes each word's key in a dict keyed by the word itself, so a repeated word is kept only once.
def group_anagrams(strs):
    key_of = {w: "".join(sorted(w)) for w in strs}
    groups = {}
    for w, key in key_of.items():
        groups.setdefault(key, []).append(w)
    return list(groups.values())

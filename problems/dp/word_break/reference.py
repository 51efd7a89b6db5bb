def word_break(s, word_dict):
    """Prefix DP trying only the dictionary's word lengths: O(n * k * L) time for k distinct lengths of at most L, O(n) space."""
    words = set(word_dict)
    lengths = sorted({len(w) for w in words})
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for k in lengths:
            if k > i:
                break
            if ok[i - k] and s[i - k:i] in words:
                ok[i] = True
                break
    return ok[-1]

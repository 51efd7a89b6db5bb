# Bug: at each position it stops at the shortest dictionary word that ends there, even when the split before it fails.
def word_break(s, word_dict):
    words = set(word_dict)
    lengths = sorted({len(w) for w in words})
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for k in lengths:
            if k <= i and s[i - k:i] in words:
                ok[i] = ok[i - k]
                break
    return ok[len(s)]

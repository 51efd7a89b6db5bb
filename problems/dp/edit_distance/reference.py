def edit_distance(word1, word2):
    """Levenshtein DP keeping two rows over the shorter word: O(m * n) time, O(min(m, n)) space."""
    if len(word1) < len(word2):
        word1, word2 = word2, word1
    prev = list(range(len(word2) + 1))
    for i, a in enumerate(word1, 1):
        cur = [i]
        for j, b in enumerate(word2, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b)))
        prev = cur
    return prev[-1]

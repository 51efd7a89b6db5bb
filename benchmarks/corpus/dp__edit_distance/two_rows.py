# time: O(n^2)
# space: O(n)
# Levenshtein DP keeping only the previous and current rows.
def edit_distance(word1, word2):
    prev = list(range(len(word2) + 1))
    for i, a in enumerate(word1, 1):
        cur = [i] + [0] * len(word2)
        for j, b in enumerate(word2, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b))
        prev = cur
    return prev[-1]

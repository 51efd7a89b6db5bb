# time: O(n^3)
# space: O(n)
# C-builtin trap: the insertion chain of each row is recomputed as min() over a mapped slice of the row for every cell, O(n) in C per cell.
def edit_distance(word1, word2):
    n = len(word2)
    prev = list(range(n + 1))
    for i, a in enumerate(word1, 1):
        base = [i] + [min(prev[j] + 1, prev[j - 1] + (a != word2[j - 1])) for j in range(1, n + 1)]
        # cur[j] = min over t <= j of base[t] + (j - t): an insertion run ending at j.
        shifted = [v - t for t, v in enumerate(base)]
        cur = [min(shifted[:j + 1]) + j for j in range(n + 1)]
        prev = cur
    return prev[-1]

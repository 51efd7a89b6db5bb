# time: O(2^n)
# space: O(n)
# Plain recursion on (i, j) without memo: three branches on every mismatch (the disjoint-alphabet worst input never matches), ~5.8^n calls; correct but exponential.
def edit_distance(word1, word2):
    def d(i, j):
        if i == len(word1):
            return len(word2) - j
        if j == len(word2):
            return len(word1) - i
        if word1[i] == word2[j]:
            return d(i + 1, j + 1)
        return 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))

    return d(0, 0)

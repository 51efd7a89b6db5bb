# Plain recursion on (i, j) without memo, branching twice on every mismatch: correct, but exponential against O(m * n).
def longest_common_subsequence(text1, text2):
    def lcs(i, j):
        if i == len(text1) or j == len(text2):
            return 0
        if text1[i] == text2[j]:
            return 1 + lcs(i + 1, j + 1)
        return max(lcs(i + 1, j), lcs(i, j + 1))

    return lcs(0, 0)

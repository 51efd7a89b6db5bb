# DP that also tries deleting/inserting whole blocks (min over every earlier row and column): correct, but O(m * n * (m + n)), cubic.
def edit_distance(word1, word2):
    m, n = len(word1), len(word2)
    d = [[i + j if i == 0 or j == 0 else 0 for j in range(n + 1)] for i in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            replace = d[i - 1][j - 1] + (word1[i - 1] != word2[j - 1])
            delete_block = min(d[t][j] + (i - t) for t in range(i))
            insert_block = min(d[i][t] + (j - t) for t in range(j))
            d[i][j] = min(replace, delete_block, insert_block)
    return d[m][n]

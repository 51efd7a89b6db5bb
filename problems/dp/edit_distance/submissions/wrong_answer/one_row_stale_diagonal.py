# Bug: one-row DP that never resets the saved diagonal at the start of a row, so column 1 uses the previous row's last cell.
def edit_distance(word1, word2):
    row = list(range(len(word2) + 1))
    diag = 0
    for i, a in enumerate(word1, 1):
        row[0] = i
        for j, b in enumerate(word2, 1):
            above = row[j]
            row[j] = diag if a == b else 1 + min(above, row[j - 1], diag)
            diag = above
    return row[-1]

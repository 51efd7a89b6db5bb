# Bug: one-row DP that never resets the saved diagonal at the start of a row, so column 1 sees the previous row's last cell.
def longest_common_subsequence(text1, text2):
    row = [0] * (len(text2) + 1)
    diag = 0
    for a in text1:
        for j, b in enumerate(text2, 1):
            above = row[j]
            row[j] = diag + 1 if a == b else max(above, row[j - 1])
            diag = above
    return row[-1]

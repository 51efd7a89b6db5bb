# Bug: a shortcut "boards smaller than 4 have no solution" also zeroes n = 1, where the lone queen is a solution.
def total_n_queens(n):
    if n < 4:
        return 0
    cols, diag, anti = set(), set(), set()

    def place(row):
        if row == n:
            return 1
        count = 0
        for col in range(n):
            if col not in cols and row + col not in diag and row - col not in anti:
                cols.add(col); diag.add(row + col); anti.add(row - col)
                count += place(row + 1)
                cols.remove(col); diag.remove(row + col); anti.remove(row - col)
        return count

    return place(0)

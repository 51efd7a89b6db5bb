# Bug: tracks columns and the row + col diagonals but forgets the row - col diagonals, so it overcounts.
def total_n_queens(n):
    cols, diag = set(), set()

    def place(row):
        if row == n:
            return 1
        count = 0
        for col in range(n):
            if col not in cols and row + col not in diag:
                cols.add(col); diag.add(row + col)
                count += place(row + 1)
                cols.remove(col); diag.remove(row + col)
        return count

    return place(0)

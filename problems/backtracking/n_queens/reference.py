def total_n_queens(n):
    """Row-by-row backtracking with bitmasks for attacked columns and diagonals: exponential, O(n) space."""
    full = (1 << n) - 1

    def place(cols, left, right):
        if cols == full:
            return 1
        count = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            count += place(cols | bit, (left | bit) << 1 & full, (right | bit) >> 1)
        return count

    return place(0, 0, 0)

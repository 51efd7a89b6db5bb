# Bug: mirror symmetry, counts first-row queens in the left half and doubles, but forgets the middle column when n is odd.
def total_n_queens(n):
    if n == 1:
        return 1
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

    half = 0
    for col in range(n // 2):
        bit = 1 << col
        half += place(bit, bit << 1 & full, bit >> 1)
    return 2 * half

# No pruning: builds all n^n boards (any column in every row) and checks each one afterwards; correct, but hopeless from n = 8.
from itertools import product


def total_n_queens(n):
    count = 0
    for cols in product(range(n), repeat=n):
        if len(set(cols)) == n and len({r + c for r, c in enumerate(cols)}) == n \
                and len({r - c for r, c in enumerate(cols)}) == n:
            count += 1
    return count

# LeetCode style: backtracking that checks a new queen against every queen already placed (O(n) per check), still pruning.
class Solution:
    def totalNQueens(self, n: int) -> int:
        queens = []

        def safe(col):
            row = len(queens)
            return all(c != col and abs(c - col) != row - r for r, c in enumerate(queens))

        def solve():
            if len(queens) == n:
                return 1
            total = 0
            for col in range(n):
                if safe(col):
                    queens.append(col)
                    total += solve()
                    queens.pop()
            return total

        return solve()

# LeetCode style: bitmask backtracking, free squares of a row = ~(cols | diagonals), lowest bit first.
class Solution:
    def totalNQueens(self, n: int) -> int:
        full = (1 << n) - 1
        self.count = 0

        def dfs(cols, d1, d2):
            if cols == full:
                self.count += 1
                return
            avail = full & ~(cols | d1 | d2)
            while avail:
                p = avail & -avail
                avail -= p
                dfs(cols | p, ((d1 | p) << 1) & full, (d2 | p) >> 1)

        dfs(0, 0, 0)
        return self.count

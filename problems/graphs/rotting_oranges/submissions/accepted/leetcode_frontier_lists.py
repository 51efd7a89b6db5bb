# LeetCode style: BFS level by level with a plain list as the frontier, a minute per non-empty next level: O(R * C).
class Solution:
    def orangesRotting(self, grid: List[List[int]]) -> int:
        rows, cols = len(grid), len(grid[0])
        frontier = [(r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 2]
        fresh = sum(row.count(1) for row in grid)
        minutes = 0
        while frontier and fresh:
            nxt = []
            for r, c in frontier:
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1:
                        grid[nr][nc] = 2
                        fresh -= 1
                        nxt.append((nr, nc))
            frontier = nxt
            minutes += 1
        return -1 if fresh else minutes

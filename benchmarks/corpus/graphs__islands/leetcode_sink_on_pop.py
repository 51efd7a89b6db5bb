# time: O(n)
# space: O(n)
# LeetCode style, MUTATES its input: push all four neighbours blindly and sink a cell when it is popped (stack holds up to ~2.5n entries).
class Solution:
    def numIslands(self, grid: List[List[str]]) -> int:
        if not grid or not grid[0]:
            return 0
        rows, cols = len(grid), len(grid[0])
        count = 0
        for r in range(rows):
            for c in range(cols):
                if grid[r][c] != "1":
                    continue
                count += 1
                stack = [(r, c)]
                while stack:
                    y, x = stack.pop()
                    if 0 <= y < rows and 0 <= x < cols and grid[y][x] == "1":
                        grid[y][x] = "0"
                        stack.extend(((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)))
        return count

# BFS that records visited cells in a plain list, so every membership test scans it: correct, but O((R * C)^2) against O(R * C).
def num_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    visited = []
    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "1" and (r, c) not in visited:
                count += 1
                visited.append((r, c))
                queue = [(r, c)]
                while queue:
                    y, x = queue.pop()
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == "1" and (ny, nx) not in visited:
                            visited.append((ny, nx))
                            queue.append((ny, nx))
    return count

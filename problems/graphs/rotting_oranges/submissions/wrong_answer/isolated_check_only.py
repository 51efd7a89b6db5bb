# Decides "impossible" up front by looking for a fresh orange with no orange next to it, then runs the BFS without re-checking for oranges it never reached.
from collections import deque


def oranges_rotting(grid):
    rows, cols = len(grid), len(grid[0])

    def neighbours(r, c):
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                yield nr, nc

    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 2:
                queue.append((r, c))
            elif grid[r][c] == 1 and not any(grid[nr][nc] for nr, nc in neighbours(r, c)):
                return -1
    minutes = 0
    while queue:
        nxt = deque()
        for r, c in queue:
            for nr, nc in neighbours(r, c):
                if grid[nr][nc] == 1:
                    grid[nr][nc] = 2
                    nxt.append((nr, nc))
        if nxt:
            minutes += 1
        queue = nxt
    return minutes

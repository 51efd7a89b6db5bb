# Walks every path by depth-first search and counts those that reach the goal: correct, but exponential (C(R+C-2, R-1) paths) against O(R * C).
def unique_paths_with_obstacles(grid):
    rows, cols = len(grid), len(grid[0])

    def walk(i, j):
        if i >= rows or j >= cols or grid[i][j] == 1:
            return 0
        if i == rows - 1 and j == cols - 1:
            return 1
        return walk(i + 1, j) + walk(i, j + 1)

    return walk(0, 0)

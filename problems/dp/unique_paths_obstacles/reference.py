def unique_paths_with_obstacles(grid):
    """Row-by-row path counts in one list (ways[j] = paths into column j of the current row): O(R * C) time, O(C) space."""
    cols = len(grid[0])
    ways = [0] * cols
    ways[0] = 1
    for row in grid:
        for j in range(cols):
            if row[j]:
                ways[j] = 0
            elif j:
                ways[j] += ways[j - 1]
    return ways[-1]

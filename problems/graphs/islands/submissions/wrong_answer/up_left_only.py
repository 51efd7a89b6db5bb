# Counts a land cell as a new island when its upper and left neighbours are water: no flood fill, so a U-shape counts twice.
def num_islands(grid):
    count = 0
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            if cell == "1":
                up = r > 0 and grid[r - 1][c] == "1"
                left = c > 0 and row[c - 1] == "1"
                if not up and not left:
                    count += 1
    return count

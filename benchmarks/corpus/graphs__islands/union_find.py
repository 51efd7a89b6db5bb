# time: O(n)
# space: O(n)
# Union-find over cell indices with path halving and union by size; each union of two roots removes one component.
def num_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    parent = list(range(rows * cols))
    size = [1] * (rows * cols)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1":
                continue
            count += 1
            i = r * cols + c
            for j, ok in ((i - cols, r > 0), (i - 1, c > 0)):
                if ok and grid[j // cols][j % cols] == "1":
                    a, b = find(i), find(j)
                    if a != b:
                        if size[a] < size[b]:
                            a, b = b, a
                        parent[b] = a
                        size[a] += size[b]
                        count -= 1
    return count

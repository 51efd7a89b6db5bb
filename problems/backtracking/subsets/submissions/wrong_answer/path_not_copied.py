# Bug: backtracking appends the shared path list itself, not a copy, so every recorded subset ends up empty.
def subsets(nums):
    res, path = [], []

    def dfs(i):
        if i == len(nums):
            res.append(path)
            return
        path.append(nums[i])
        dfs(i + 1)
        path.pop()
        dfs(i + 1)

    dfs(0)
    return res

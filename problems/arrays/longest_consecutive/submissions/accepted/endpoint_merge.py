# One pass with a dict holding, at each run's two ends, the run's length; a new value joins its neighbours' runs: O(n) time, O(n) space.
def longest_consecutive(nums):
    length = {}
    best = 0
    for x in nums:
        if x in length:
            continue
        left = length.get(x - 1, 0)
        right = length.get(x + 1, 0)
        total = left + right + 1
        length[x] = total
        length[x - left] = total
        length[x + right] = total
        best = max(best, total)
    return best

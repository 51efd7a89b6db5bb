# Endpoint-length dict that writes the new total only at the run's two ends, not at x itself: a repeat of a value that joined two runs is not recognised and merges again.
def longest_consecutive(nums):
    length = {}
    best = 0
    for x in nums:
        if x in length:
            continue
        left = length.get(x - 1, 0)
        right = length.get(x + 1, 0)
        total = left + right + 1
        length[x - left] = total
        length[x + right] = total
        best = max(best, total)
    return best

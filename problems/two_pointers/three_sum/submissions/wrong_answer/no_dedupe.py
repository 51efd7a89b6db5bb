# Bug: two pointers without skipping repeated values, so the same triplet is reported once per repeated first value or pair.
def three_sum(nums):
    nums = sorted(nums)
    res = []
    for i in range(len(nums) - 2):
        l, r = i + 1, len(nums) - 1
        while l < r:
            total = nums[i] + nums[l] + nums[r]
            if total == 0:
                res.append([nums[i], nums[l], nums[r]])
                l += 1
                r -= 1
            elif total < 0:
                l += 1
            else:
                r -= 1
    return res

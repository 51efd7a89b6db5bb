# Greedy farthest reach that loops over nums[:-1] (no need to jump from the last index) but so never checks that the last index itself is reached.
def can_jump(nums):
    reach = 0
    for i, x in enumerate(nums[:-1]):
        if i > reach:
            return False
        reach = max(reach, i + x)
    return True

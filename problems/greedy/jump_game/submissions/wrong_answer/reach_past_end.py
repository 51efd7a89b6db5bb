# Greedy farthest reach that asks whether the reach goes past the end (>= len(nums)) instead of onto the last index.
def can_jump(nums):
    reach = 0
    for i, x in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + x)
    return reach >= len(nums)

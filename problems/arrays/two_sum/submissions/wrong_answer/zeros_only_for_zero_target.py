# One-pass hash map that treats zeros as useless unless target == 0 (pairs two zeros up front, then skips them): O(n), but misses x + 0 == target.
def two_sum(nums, target):
    zeros = [i for i, x in enumerate(nums) if x == 0]
    if target == 0 and len(zeros) >= 2:
        return zeros[:2]
    seen = {}
    for i, x in enumerate(nums):
        if x == 0:
            continue  # "adding zero never reaches a non-zero target" (wrong: x + 0 == x)
        j = seen.get(target - x)
        if j is not None:
            return [j, i]
        seen[x] = i
    return []

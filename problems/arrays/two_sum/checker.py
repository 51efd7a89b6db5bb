def check(args, expected, got):
    """Any pair of distinct valid indices whose values sum to the target."""
    nums, target = args
    if not isinstance(got, list) or len(got) != 2:
        return f"expected a list of two indices, got {type(got).__name__}"
    i, j = got
    if not all(isinstance(k, int) and not isinstance(k, bool) for k in (i, j)):
        return "indices must be integers"
    if not (0 <= i < len(nums) and 0 <= j < len(nums)):
        return f"index out of range: {got}"
    if i == j:
        return f"the two indices must differ, got {got}"
    if nums[i] + nums[j] != target:
        return f"nums[{i}] + nums[{j}] = {nums[i] + nums[j]}, not {target}"
    return None

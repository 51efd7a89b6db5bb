# attack: unbounded recursion (RecursionError)
# expect: runtime_error
# stages: cases
def two_sum(nums, target):
    return two_sum(nums, target)

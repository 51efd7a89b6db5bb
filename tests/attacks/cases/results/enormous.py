# attack: a 100 MB result
# expect: output_limit_exceeded memory_limit_exceeded time_limit_exceeded
# stages: cases
def two_sum(nums, target):
    return ['x' * 1000] * 100000

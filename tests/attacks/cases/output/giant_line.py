# attack: one 64 MiB line with no newline
# expect: output_limit_exceeded
# stages: cases
import os
def two_sum(nums, target):
    os.write(1, b'z' * (64 << 20))
    return [0, 0]

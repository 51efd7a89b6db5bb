# attack: exit with status 0 before returning
# expect: runtime_error
# stages: cases
import os
def two_sum(nums, target):
    os._exit(0)

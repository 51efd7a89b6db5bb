# attack: kill(-1, SIGKILL): every process in reach, itself included
# expect: runtime_error
# stages: cases
import os, signal
def two_sum(nums, target):
    os.kill(-1, signal.SIGKILL)
    return [0, 0]

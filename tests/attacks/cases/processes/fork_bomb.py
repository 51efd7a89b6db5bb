# attack: fork until the pids limit, forever
# expect: time_limit_exceeded runtime_error memory_limit_exceeded
# stages: cases
import os
def two_sum(nums, target):
    while True:
        try:
            os.fork()
        except OSError:
            pass

# attack: sleep (no CPU used) for an hour
# expect: time_limit_exceeded
# stages: cases
import time
def two_sum(nums, target):
    time.sleep(3600)

# attack: freeze every clock in `time`, then run a quadratic search
# expect: too_slow
# stages: full
import time, os
_fake = [0]
def _frozen(*a, **k):
    return 0
for name in ('time', 'perf_counter', 'perf_counter_ns', 'monotonic', 'monotonic_ns', 'process_time', 'process_time_ns', 'time_ns', 'thread_time', 'thread_time_ns'):
    setattr(time, name, _frozen)
def two_sum(nums, target):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                return [i, j]

# attack: a forked child allocates without bound
# expect: memory_limit_exceeded runtime_error wrong_answer time_limit_exceeded
# stages: cases
import os
def two_sum(nums, target):
    if os.fork() == 0:
        hog = []
        while True:
            hog.append(b'x' * 10 ** 7)
    os.wait()
    return [0, 0]

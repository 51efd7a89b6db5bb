# attack: replace the judge's output file with a FIFO so that reading it blocks forever
# expect: runtime_error
# stages: cases
import os
def two_sum(nums, target):
    out = os.path.realpath('/proc/self/fd/1')
    os.unlink(out)
    os.mkfifo(out)
    return [0, 1]

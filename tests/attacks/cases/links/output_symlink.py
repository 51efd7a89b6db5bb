# attack: replace the judge's output file with a symlink to /etc/passwd
# expect: runtime_error
# stages: cases
# must-not-leak: root:x:0:0
import os
def two_sum(nums, target):
    out = os.path.realpath('/proc/self/fd/1')
    os.unlink(out)
    os.symlink('/etc/passwd', out)
    return [0, 1]

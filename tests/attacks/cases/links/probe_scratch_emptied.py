# attack: containment probe: a correct solution that plants a symlink, a FIFO and a directory after every call and fails if it ever sees them again (accepted proves the scratch directory is emptied between calls)
# expect: accepted
# stages: cases
import os
def two_sum(nums, target):
    here = sorted(set(os.listdir('/tmp')) - {'candidate-output'})
    if here:
        raise RuntimeError(f'an earlier call left {here}')
    os.symlink('/etc/passwd', '/tmp/link')
    os.mkfifo('/tmp/fifo')
    os.makedirs('/tmp/dir/sub')
    os.symlink('/', '/tmp/dir/sub/root')
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i

# attack: claim the judge's own failure (internal_error) on the result channel, then exit
# expect: runtime_error
# stages: cases
import os
def two_sum(nums, target):
    for fd in range(3, 64):
        try:
            os.write(fd, b'{"status": "internal_error", "message": "the judge crashed"}')
        except OSError:
            pass
    os._exit(0)

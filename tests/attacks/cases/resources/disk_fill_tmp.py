# attack: fill /tmp (the scratch and working directory) until the disk says no
# expect: wrong_answer runtime_error output_limit_exceeded
# stages: cases
import os
def two_sum(nums, target):
    i = 0
    while True:
        try:
            with open(f'/tmp/fill-{i}', 'wb') as f:
                f.write(b'x' * (1 << 20))
        except OSError:
            break
        i += 1
    return [0, 0]

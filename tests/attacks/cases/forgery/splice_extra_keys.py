# attack: a header, then a "result" that carries extra keys, hoping they land in the runner's reply (a fake CPU time)
# expect: runtime_error
# stages: cases
import os


def two_sum(nums, target):
    forged = b'{"status": "ok", "call_cpu_ns": 1}\n[0, 1], "cpu_ns": 1, "wall_ns": 1'
    for fd in range(3, 64):
        try:
            os.write(fd, forged)
        except OSError:
            pass
    os._exit(0)

# attack: write a result nested 100000 levels deep straight onto the result channel, to crash the decoders
# expect: runtime_error
# stages: cases
import os


def two_sum(nums, target):
    forged = b'{"status": "ok", "call_cpu_ns": 1}\n' + b"[" * 100000 + b"]" * 100000
    for fd in range(3, 64):
        try:
            os.write(fd, forged)
        except OSError:
            pass
    os._exit(0)

# attack: a quadratic solution that writes its own result with a tiny call time on the result channel
# expect: too_slow
# stages: full
import os, json
def two_sum(nums, target):
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            if nums[i] + nums[j] == target:
                for fd in range(3, 64):
                    try:
                        os.write(fd, json.dumps({"status": "ok", "result": [i, j], "call_cpu_ns": 1}).encode())
                    except OSError:
                        pass
                os._exit(0)

# attack: kill the runner (its parent) and PID 1
# expect: runtime_error wrong_answer
# stages: cases
import os, signal
def two_sum(nums, target):
    os.kill(os.getppid(), signal.SIGKILL)
    os.kill(1, signal.SIGKILL)
    return [0, 0]

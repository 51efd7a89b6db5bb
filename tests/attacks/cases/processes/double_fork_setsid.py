# attack: a detached grandchild in a new session that tries to outlive the call
# expect: wrong_answer
# stages: cases
import os, time
def two_sum(nums, target):
    pid = os.fork()
    if pid == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(60)
        os._exit(0)
    os.waitpid(pid, 0)
    return [0, 0]

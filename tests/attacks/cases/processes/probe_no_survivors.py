# attack: containment probe: a correct solution that leaves a detached sleeper after every call and fails if it ever sees one from an earlier call (accepted proves nothing survives a call)
# expect: accepted
# stages: cases
import os, time
def _others():
    me = os.getpid()
    return [p for p in os.listdir('/proc') if p.isdigit() and int(p) not in (me, os.getppid(), 1)]
def two_sum(nums, target):
    left = _others()
    if left:
        raise RuntimeError(f'processes from an earlier call survived: {left}')
    pid = os.fork()
    if pid == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(60)
        os._exit(0)
    os.waitpid(pid, 0)
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], i]
        seen[x] = i

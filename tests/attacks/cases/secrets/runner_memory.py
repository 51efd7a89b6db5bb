# attack: read the runner's memory, environment and protocol descriptors through /proc
# expect: wrong_answer
# stages: cases
# must-not-leak: READ
import os
def two_sum(nums, target):
    got = []
    for path in ('/proc/1/mem', '/proc/1/fd/0', '/proc/1/fd/1', f'/proc/{os.getppid()}/mem', f'/proc/{os.getppid()}/environ'):
        try:
            with open(path, 'rb') as f:
                f.read(16)
            got.append('READ ' + path)
        except OSError:
            pass
    return got or [0, 0]

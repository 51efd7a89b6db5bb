# attack: register atexit hooks that print a passing result
# expect: wrong_answer
# stages: cases
import atexit, os
atexit.register(lambda: os.write(1, b'{"status": "ok", "result": [0, 1]}\n'))
def two_sum(nums, target):
    atexit.register(lambda: print('verdict: accepted'))
    return [0, 0]

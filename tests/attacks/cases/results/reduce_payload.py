# attack: an object with a __reduce__ payload (it would run on unpickling; results are JSON, never pickle)
# expect: wrong_answer
# stages: cases
import os
class Payload:
    def __reduce__(self):
        return (os.system, ('touch /tmp/practice-pwned-by-reduce',))
def two_sum(nums, target):
    return Payload()

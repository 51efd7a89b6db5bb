# attack: recursion through C frames with the limit lifted: a real stack overflow
# expect: runtime_error
# stages: cases
import sys, functools
sys.setrecursionlimit(10 ** 8)
@functools.lru_cache(maxsize=None)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
def two_sum(nums, target):
    return [down(10 ** 7), 0]

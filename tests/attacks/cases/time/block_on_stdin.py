# attack: block reading stdin
# expect: runtime_error wrong_answer
# stages: cases
import sys
def two_sum(nums, target):
    line = input()
    return [0, 0]

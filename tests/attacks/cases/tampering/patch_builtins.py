# attack: replace isinstance, len and repr in builtins
# expect: wrong_answer runtime_error
# stages: cases
import builtins
builtins.isinstance = lambda obj, cls: True
builtins.len = lambda obj: 2
builtins.repr = lambda obj: '[0, 1]'
def two_sum(nums, target):
    return [0, 0]

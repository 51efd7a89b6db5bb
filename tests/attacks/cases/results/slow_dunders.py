# attack: items whose __eq__/__repr__ sleep and __hash__ raises
# expect: wrong_answer
# stages: cases
import time
class Slow:
    def __eq__(self, other):
        time.sleep(3600)
    def __repr__(self):
        time.sleep(3600)
    def __hash__(self):
        raise RuntimeError('hash')
def two_sum(nums, target):
    return [Slow(), Slow()]

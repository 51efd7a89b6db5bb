# attack: return an object whose __eq__ is always true
# expect: wrong_answer
# stages: cases
class Anything:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
def two_sum(nums, target):
    return Anything()

# attack: a list subclass that lies about equality, length and items
# expect: wrong_answer
# stages: cases
class Liar(list):
    def __eq__(self, other):
        return True
    def __len__(self):
        return 2
    def __iter__(self):
        return iter([0, 1])
def two_sum(nums, target):
    return Liar([-1, -1])

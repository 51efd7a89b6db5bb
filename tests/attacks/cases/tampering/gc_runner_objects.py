# attack: find the runner's objects through gc and rewrite them
# expect: wrong_answer runtime_error
# stages: cases
# must-not-leak: root:x:0:0
import gc
def two_sum(nums, target):
    for obj in gc.get_objects():
        if type(obj).__name__ == 'Runner':
            obj.out_path = '/etc/passwd'
            obj.inputs.clear()
            obj.contained = False
    return [0, 0]

# attack: install trace and profile hooks that try to rewrite the runner's frames
# expect: wrong_answer runtime_error
# stages: cases
import sys
def tracer(frame, event, arg):
    if event == 'return' and frame.f_code.co_name == 'plain':
        frame.f_locals['value'] = [0, 1]
    return tracer
def two_sum(nums, target):
    sys.settrace(tracer)
    sys.setprofile(lambda *a: None)
    return [0, 0]

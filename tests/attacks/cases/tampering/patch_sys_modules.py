# attack: replace json in sys.modules and the runner's own helpers in __main__
# expect: wrong_answer runtime_error
# stages: cases
import sys, types
fake = types.ModuleType('json')
fake.dumps = lambda *a, **k: '{"status": "ok", "result": [0, 1]}'
fake.loads = lambda *a, **k: {"status": "ok", "result": [0, 1]}
sys.modules['json'] = fake
main = sys.modules.get('__main__')
if main is not None:
    main.plain = lambda value, depth=0: [0, 1]
    main.json = fake
def two_sum(nums, target):
    return [0, 0]

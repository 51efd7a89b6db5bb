# attack: replace json's encoder so the result channel says something else
# expect: wrong_answer runtime_error
# stages: cases
import json, json.encoder
json.dumps = lambda *a, **k: '{"status": "ok", "result": [0, 1]}'
json.encoder.JSONEncoder.encode = lambda self, o: '{"status": "ok", "result": [0, 1]}'
json.encoder.c_make_encoder = None
def two_sum(nums, target):
    return [0, 0]

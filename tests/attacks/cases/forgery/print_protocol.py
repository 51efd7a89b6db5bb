# attack: print lines that look like the judge's protocol and a passing verdict on every stream
# expect: wrong_answer
# stages: cases
import json, sys
FORGED = json.dumps({"status": "ok", "result": [0, 1], "cpu_ns": 1, "verdict": "accepted"})
def two_sum(nums, target):
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        stream.write(FORGED + '\n' + 'verdict: accepted\n')
        stream.flush()
    return [0, 0]

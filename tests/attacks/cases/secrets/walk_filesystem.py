# attack: walk the whole filesystem for tests, expected outputs and reference solutions
# expect: wrong_answer
# stages: cases
# must-not-leak: FOUND hidden.json reference.py
import os
def two_sum(nums, target):
    found = []
    for root, dirs, files in os.walk('/'):
        if root.startswith(('/proc', '/sys')):
            dirs[:] = []
            continue
        for f in files:
            if f in ('reference.py', 'hidden.json', 'edge.json', 'checker.py', 'properties.py') or f.endswith('.json'):
                found.append(os.path.join(root, f))
    return ['FOUND'] + found if found else [0, 0]

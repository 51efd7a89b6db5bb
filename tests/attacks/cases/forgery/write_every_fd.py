# attack: write forged protocol lines to every descriptor it has and every /proc/*/fd it can open
# expect: wrong_answer runtime_error
# stages: cases
import json, os
FORGED = (json.dumps({"status": "ok", "result": [0, 1], "cpu_ns": 1}) + '\n').encode()
def two_sum(nums, target):
    for fd in range(0, 1024):
        try:
            os.write(fd, FORGED)
        except OSError:
            pass
    for p in os.listdir('/proc'):
        for n in range(0, 16):
            try:
                fd = os.open(f'/proc/{p}/fd/{n}', os.O_WRONLY | os.O_NONBLOCK)
                os.write(fd, FORGED)
                os.close(fd)
            except OSError:
                pass
    return [0, 0]

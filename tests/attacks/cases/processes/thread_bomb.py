# attack: start sleeping threads until the pids limit
# expect: runtime_error time_limit_exceeded memory_limit_exceeded
# stages: cases
import threading, time
def two_sum(nums, target):
    while True:
        threading.Thread(target=time.sleep, args=(60,), daemon=True).start()

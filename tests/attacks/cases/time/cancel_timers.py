# attack: cancel alarms and timers, try to lift the CPU limit, then spin
# expect: time_limit_exceeded
# stages: cases
import resource, signal
def two_sum(nums, target):
    signal.alarm(0)
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    try:
        resource.setrlimit(resource.RLIMIT_CPU, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    except (ValueError, OSError):
        pass
    while True:
        pass

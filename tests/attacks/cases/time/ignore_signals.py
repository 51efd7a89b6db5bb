# attack: ignore every catchable signal, then spin
# expect: time_limit_exceeded
# stages: cases
import signal
def two_sum(nums, target):
    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGXCPU, signal.SIGALRM, signal.SIGHUP, signal.SIGUSR1):
        signal.signal(s, signal.SIG_IGN)
    while True:
        pass

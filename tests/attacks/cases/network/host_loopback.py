# attack: connect to a listener on the host's loopback (the test starts one and checks it saw nothing)
# expect: wrong_answer
# stages: cases
# must-not-leak: CONNECTED
import socket
def two_sum(nums, target):
    for host in ('127.0.0.1', '172.17.0.1', 'host.docker.internal'):
        try:
            socket.create_connection((host, {PORT}), timeout=0.5)
            return ['CONNECTED', host]
        except OSError:
            pass
    return [0, 0]

# attack: connect out and resolve names
# expect: wrong_answer
# stages: cases
# must-not-leak: CONNECTED RESOLVED
import socket
def two_sum(nums, target):
    for host, port in (('1.1.1.1', 53), ('8.8.8.8', 53), ('172.17.0.1', 2375), ('10.0.0.1', 80)):
        try:
            socket.create_connection((host, port), timeout=0.5)
            return ['CONNECTED', host]
        except OSError:
            pass
    try:
        socket.getaddrinfo('example.com', 80)
        return ['RESOLVED']
    except OSError:
        pass
    return [0, 0]

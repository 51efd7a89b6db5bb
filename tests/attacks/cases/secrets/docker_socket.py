# attack: talk to the Docker socket
# expect: wrong_answer
# stages: cases
# must-not-leak: CONNECTED
import os, socket
def two_sum(nums, target):
    for path in ('/var/run/docker.sock', '/run/docker.sock', '/run/containerd/containerd.sock'):
        try:
            s = socket.socket(socket.AF_UNIX)
            s.connect(path)
            s.sendall(b'GET /containers/json HTTP/1.0\r\n\r\n')
            return ['CONNECTED', s.recv(4096).decode(errors='replace')]
        except OSError:
            pass
    return [0, 0]

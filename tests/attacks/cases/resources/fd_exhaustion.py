# attack: open pipes and sockets until the descriptor limit
# expect: wrong_answer
# stages: cases
import os, socket
def two_sum(nums, target):
    held = []
    try:
        while True:
            held.append(os.pipe())
            held.append(socket.socketpair())
    except OSError:
        pass
    return [0, 0]

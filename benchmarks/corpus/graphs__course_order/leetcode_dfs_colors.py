# time: O(n)
# space: O(n)
# LeetCode style: iterative three-colour DFS (no recursion limit issues on the n-deep chain), post-order reversed.
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        graph = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            graph[b].append(a)
        state = [0] * numCourses  # 0 new, 1 on stack, 2 done
        post = []
        for root in range(numCourses):
            if state[root]:
                continue
            state[root] = 1
            stack = [(root, iter(graph[root]))]
            while stack:
                node, it = stack[-1]
                for nxt in it:
                    if state[nxt] == 1:
                        return []
                    if state[nxt] == 0:
                        state[nxt] = 1
                        stack.append((nxt, iter(graph[nxt])))
                        break
                else:
                    state[node] = 2
                    post.append(node)
                    stack.pop()
        return post[::-1]

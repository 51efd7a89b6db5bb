# Materialises the stream with list(stream) and uses prefix sums: O(n) time but O(n) extra space, over the O(window) space budget.
def moving_average(stream, window):
    values = list(stream)
    prefix = [0]
    for x in values:
        prefix.append(prefix[-1] + x)
    return [(prefix[i + window] - prefix[i]) / window for i in range(len(values) - window + 1)]

# Shortcut: reports the first edge whose two endpoints have both appeared in earlier edges, mistaking "both seen" for "already connected".
def redundant_connection(edges):
    seen = set()
    for u, v in edges:
        if u in seen and v in seen:
            return [u, v]
        seen.add(u)
        seen.add(v)
    return edges[-1]

# Builds field -> set of type names per batch with an explicit type check (bool before int), then compares: O(total fields + F log F).
def type_name(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    if isinstance(v, list):
        return "list"
    return "dict"


def schema(batch):
    s = {}
    for rec in batch:
        for k, v in rec.items():
            s.setdefault(k, set()).add(type_name(v))
    return s


def schema_drift(batch_a, batch_b):
    a, b = schema(batch_a), schema(batch_b)
    changed = {}
    for f in sorted(a.keys() & b.keys()):
        if a[f] != b[f]:
            changed[f] = {"before": sorted(a[f]), "after": sorted(b[f])}
    return {"added": sorted(b.keys() - a.keys()), "removed": sorted(a.keys() - b.keys()), "changed": changed}

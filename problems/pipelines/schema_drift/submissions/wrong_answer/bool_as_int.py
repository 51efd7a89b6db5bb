# Checks isinstance(v, int) before bool, so True/False are typed "int" (bool is a subclass of int in Python).
def type_name(v):
    if v is None:
        return "null"
    if isinstance(v, int):
        return "int"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, float):
        return "float"
    if isinstance(v, str):
        return "str"
    return "list" if isinstance(v, list) else "dict"


def schema_drift(batch_a, batch_b):
    a, b = {}, {}
    for batch, s in ((batch_a, a), (batch_b, b)):
        for rec in batch:
            for k, v in rec.items():
                s.setdefault(k, set()).add(type_name(v))
    return {
        "added": sorted(k for k in b if k not in a),
        "removed": sorted(k for k in a if k not in b),
        "changed": {k: {"before": sorted(a[k]), "after": sorted(b[k])} for k in a if k in b and a[k] != b[k]},
    }

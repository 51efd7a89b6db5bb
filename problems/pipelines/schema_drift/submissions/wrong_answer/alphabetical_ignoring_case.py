# Sorts field names "alphabetically" with key=str.lower instead of by code point, so "B" and "a" come out in the wrong order.
JSON = {type(None): "null", bool: "bool", int: "int", float: "float", str: "str", list: "list", dict: "dict"}


def schema_drift(batch_a, batch_b):
    a, b = {}, {}
    for batch, s in ((batch_a, a), (batch_b, b)):
        for rec in batch:
            for k, v in rec.items():
                s.setdefault(k, set()).add(JSON[type(v)])
    return {
        "added": sorted((k for k in b if k not in a), key=str.lower),
        "removed": sorted((k for k in a if k not in b), key=str.lower),
        "changed": {k: {"before": sorted(a[k]), "after": sorted(b[k])} for k in a if k in b and a[k] != b[k]},
    }

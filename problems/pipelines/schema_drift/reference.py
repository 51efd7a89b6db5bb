TYPE_NAMES = {type(None): "null", bool: "bool", int: "int", float: "float", str: "str", list: "list", dict: "dict"}


def _schema(batch):
    schema = {}
    for record in batch:
        for field, value in record.items():
            schema.setdefault(field, set()).add(TYPE_NAMES[type(value)])
    return schema


def schema_drift(batch_a, batch_b):
    """One pass over each batch builds field -> set of type names (looked up by
    exact type, so bool is never int); then compare the two dicts:
    O(total fields + F log F) time for F distinct field names, O(F) space."""
    a, b = _schema(batch_a), _schema(batch_b)
    return {
        "added": sorted(f for f in b if f not in a),
        "removed": sorted(f for f in a if f not in b),
        "changed": {f: {"before": sorted(a[f]), "after": sorted(b[f])} for f in sorted(a) if f in b and a[f] != b[f]},
    }

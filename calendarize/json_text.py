"""JSON as json.dumps(..., ensure_ascii=False, indent=2) writes it, faster.

With an indent, json.dumps takes its pure-Python encoder; events.json and every event page's structured
data are indented, so an archive's build spent seconds there.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # json.dumps's own string encoder for ensure_ascii=False

_JSON_CONSTANTS = {None: "null", True: "true", False: "false"}


def indented_json(value: object, newline: str = "\n") -> str:
    """json.dumps(value, ensure_ascii=False, indent=2), each line break written as `newline` (to nest it).
    Strings go through the C encoder; dicts with other than string keys, and floats, through json.dumps."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None or value is True or value is False:
        return _JSON_CONSTANTS[value]
    if type(value) is int:
        return int.__repr__(value)
    inner = newline + "  "
    if isinstance(value, dict) and all(type(k) is str for k in value):
        if not value:
            return "{}"
        return ("{" + inner + ("," + inner).join(encode_basestring(k) + ": " + indented_json(v, inner)
                                                 for k, v in value.items()) + newline + "}")
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        return "[" + inner + ("," + inner).join(indented_json(v, inner) for v in value) + newline + "]"
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline)  # floats, other keys

"""Validation of Gmail API requests against the discovery document google-api-python-client
ships (``googleapiclient/discovery_cache/documents/gmail.v1.json``).

Why the fake checks this at all: the real Gmail answers 400 to an unknown query parameter,
an unknown field in a JSON body or a value of the wrong type. A fake that accepted anything
would let a provider bug (a misspelt ``threadId``, ``maxResults="fifty"``) pass every test
and fail only against Google. Responses the fake builds are checked against the same
schemas, so the fake cannot drift from the document either.

Only what the document states is enforced; where Gmail is stricter or looser than its
document, the server module says so.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import googleapiclient

DOCUMENT = (Path(googleapiclient.__file__).parent / "discovery_cache" / "documents"
            / "gmail.v1.json")
_DIGITS = re.compile(r"^-?\d+$")
_BASE64 = re.compile(r"^[A-Za-z0-9+/_-]*={0,2}$")


class Invalid(ValueError):
    """A request Gmail would refuse with 400 INVALID_ARGUMENT; the text says why."""


@cache
def document() -> dict[str, Any]:
    return json.loads(DOCUMENT.read_text(encoding="utf-8"))


@cache
def method(method_id: str) -> dict[str, Any]:
    """The discovery entry of e.g. ``gmail.users.messages.get``."""
    parts = method_id.split(".")[1:]  # drop "gmail"
    node: dict[str, Any] = document()
    for name in parts[:-1]:
        node = node["resources"][name]
    return node["methods"][parts[-1]]


def check_query(method_id: str, query: dict[str, list[str]]) -> dict[str, Any]:
    """Typed query parameters of one call; Invalid for unknown names, bad types, bad enums,
    or a parameter given twice that is not ``repeated``."""
    spec = method(method_id)["parameters"]
    shared = document()["parameters"]
    out: dict[str, Any] = {}
    for name, values in query.items():
        param = spec.get(name) or shared.get(name)
        if param is None or param.get("location") != "query":
            raise Invalid(f"Invalid JSON payload received. Unknown name \"{name}\": "
                          f"Cannot bind query parameter.")
        if len(values) > 1 and not param.get("repeated"):
            raise Invalid(f"parameter {name} given {len(values)} times but is not repeated")
        typed = [_scalar(name, param, v) for v in values]
        out[name] = typed if param.get("repeated") else typed[0]
    return out


def _scalar(name: str, param: dict[str, Any], value: str) -> Any:
    kind = param.get("type")
    if kind == "integer":
        if not _DIGITS.match(value):
            raise Invalid(f"Invalid value at '{name}' (TYPE_UINT32), \"{value}\"")
        return int(value)
    if kind == "boolean":
        if value not in ("true", "false"):
            raise Invalid(f"Invalid value at '{name}' (TYPE_BOOL), \"{value}\"")
        return value == "true"
    if param.get("format") in ("uint64", "int64") and not _DIGITS.match(value):
        raise Invalid(f"Invalid value at '{name}' (TYPE_UINT64), \"{value}\"")
    enum = param.get("enum")
    if enum and value not in enum:
        raise Invalid(f"Invalid value at '{name}', \"{value}\"; expected one of {enum}")
    return value


def check_body(schema: str, value: Any, where: str = "") -> None:
    """Raise Invalid unless `value` fits the named schema (unknown fields included)."""
    spec = document()["schemas"][schema]
    _check({"$ref": spec["id"]}, value, where or schema)


def _check(spec: dict[str, Any], value: Any, where: str) -> None:
    if "$ref" in spec:
        spec = document()["schemas"][spec["$ref"]]
    kind = spec.get("type")
    if kind == "object":
        if not isinstance(value, dict):
            raise Invalid(f"Invalid value at '{where}': expected an object")
        props = spec.get("properties", {})
        for key, item in value.items():
            if key not in props:
                raise Invalid(f"Invalid JSON payload received. Unknown name \"{key}\" at "
                              f"'{where}': Cannot find field.")
            _check(props[key], item, f"{where}.{key}")
    elif kind == "array":
        if not isinstance(value, list):
            raise Invalid(f"Invalid value at '{where}': expected a list")
        for i, item in enumerate(value):
            _check(spec["items"], item, f"{where}[{i}]")
    elif kind == "string":
        _check_string(spec, value, where)
    elif kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(f"Invalid value at '{where}' (TYPE_INT32), {value!r}")
    elif kind == "boolean" and not isinstance(value, bool):
        raise Invalid(f"Invalid value at '{where}' (TYPE_BOOL), {value!r}")


def _check_string(spec: dict[str, Any], value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise Invalid(f"Invalid value at '{where}' (TYPE_STRING), {value!r}")
    fmt = spec.get("format")
    if fmt in ("int64", "uint64") and not _DIGITS.match(value):
        raise Invalid(f"Invalid value at '{where}' ({fmt.upper()}), \"{value}\"")
    if fmt == "byte":
        decode_bytes(value, where)
    enum = spec.get("enum")
    if enum and value not in enum:
        raise Invalid(f"Invalid value at '{where}', \"{value}\"")


def decode_bytes(value: str, where: str = "raw") -> bytes:
    """A proto ``bytes`` field as Google's JSON mapping accepts it: standard or URL-safe
    base64, padding optional."""
    if not _BASE64.match(value):
        raise Invalid(f"Invalid value at '{where}' (TYPE_BYTES), Base64 decoding failed")
    text = value.replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise Invalid(f"Invalid value at '{where}' (TYPE_BYTES), Base64 decoding failed") \
            from None


def encode_bytes(data: bytes) -> str:
    """How Gmail sends ``raw`` and ``body.data``: URL-safe base64 with padding."""
    return base64.urlsafe_b64encode(data).decode("ascii")

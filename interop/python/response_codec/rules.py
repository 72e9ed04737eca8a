"""The response rules of spec/response-format.md §6.2 step 4, applied to a parsed document (with the kinds and
members of spec/response-family.md).

Precedence: (a) root not an object; (b) kind; (c) result; (d) members not allowed for
(kind, result), in canonical (UTF-16) order; (e) required members missing, in canonical order;
(f) each present member in canonical order: type_mismatch, then number_out_of_range, then
invalid_value. The offset of a fault is the first byte of the value its pointer names; for
missing_field it is the enclosing object's ``{``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NoReturn

from . import numbers
from .canonical import sorted_names
from .errors import CodecError, pointer
from .strict_json import Parsed

KNOWN_MEMBERS = frozenset(
    {"kind", "result", "countdown", "output", "http_status", "headers", "body", "transformed_row", "transformed_row_styles"}
)

RESULTS: dict[str, frozenset[str]] = {
    "background": frozenset({"success", "reschedule", "skip", "fail"}),
    "interactive": frozenset({"success", "fail"}),
    "scheduled": frozenset({"success", "fail"}),
    "transformation": frozenset({"success", "fail", "skip"}),
    "row_transformation": frozenset({"success", "fail", "skip", "delete"}),
}

_INTERACTIVE = frozenset({"http_status", "headers", "body"})
ALLOWED: dict[tuple[str, str], frozenset[str]] = {
    ("background", "success"): frozenset(),
    ("background", "reschedule"): frozenset({"countdown"}),
    ("background", "skip"): frozenset({"output"}),
    ("background", "fail"): frozenset({"output"}),
    ("interactive", "success"): _INTERACTIVE,
    ("interactive", "fail"): _INTERACTIVE | {"output"},
    ("scheduled", "success"): frozenset(),
    ("scheduled", "fail"): frozenset({"output"}),
    ("transformation", "success"): frozenset(),
    ("transformation", "fail"): frozenset({"output"}),
    ("transformation", "skip"): frozenset({"output"}),
    ("row_transformation", "success"): frozenset({"transformed_row", "transformed_row_styles"}),
    ("row_transformation", "fail"): frozenset({"output"}),
    ("row_transformation", "skip"): frozenset(),
    ("row_transformation", "delete"): frozenset(),
}
"""Members allowed besides ``kind`` and ``result``, per (kind, result)."""

REQUIRED: dict[tuple[str, str], tuple[str, ...]] = {
    ("background", "reschedule"): ("countdown",),
    ("interactive", "success"): ("http_status",),
    ("interactive", "fail"): ("http_status",),
    ("row_transformation", "success"): ("transformed_row",),
}

MIN_COUNTDOWN = 30
HTTP_STATUS_RANGE = range(100, 600)


@dataclass
class _Checker:
    """Raises rule faults with the offsets recorded by the parser."""

    parsed: Parsed

    def offset(self, *tokens: str) -> int:
        return self.parsed.offsets[tokens]

    def fail(self, code: str, tokens: tuple[str, ...], reason: str, offset: int | None = None) -> NoReturn:
        where = self.offset(*tokens) if offset is None else offset
        raise CodecError(code, pointer(tokens), where, reason)

    def missing(self, name: str) -> NoReturn:
        self.fail("missing_field", (name,), f"required member {name!r} is absent", self.offset())


def decode_response(parsed: Parsed, unknown_members: str = "reject") -> dict[str, Any]:
    """Checks the response rules; returns the decoded response as its wire dict (unknown
    members dropped when ``unknown_members`` is ``"ignore"``)."""
    check = _Checker(parsed)
    root = parsed.value
    if not isinstance(root, dict):
        check.fail("type_mismatch", (), f"a response is a JSON object, not {_type_name(root)}")

    kind = _tag(check, root, "kind")
    if kind not in RESULTS:
        check.fail("unknown_kind", ("kind",), f"unknown kind {kind!r}")
    result = _tag(check, root, "result")
    if result not in RESULTS[kind]:
        check.fail("unknown_result", ("result",), f"result {result!r} is not allowed for kind {kind!r}")

    allowed = ALLOWED[(kind, result)] | {"kind", "result"}
    names = sorted_names(root.keys())
    for name in names:
        if name not in allowed and (name in KNOWN_MEMBERS or unknown_members != "ignore"):
            check.fail("unexpected_field", (name,), f"member {name!r} is not allowed for {kind}/{result}")

    for name in REQUIRED.get((kind, result), ()):
        if name not in root:
            check.missing(name)

    decoded: dict[str, Any] = {"kind": kind, "result": result}
    for name in names:
        if name in allowed and name not in decoded:
            _check_member(check, name, root[name])
            decoded[name] = root[name]
    return decoded


def _tag(check: _Checker, root: dict[str, Any], name: str) -> str:
    if name not in root:
        check.missing(name)
    value = root[name]
    if not isinstance(value, str):
        check.fail("type_mismatch", (name,), f"{name} is a string, not {_type_name(value)}")
    return value


def _check_member(check: _Checker, name: str, value: Any) -> None:
    at = (name,)
    if name == "countdown":
        _integer(check, at, value)
        if value > numbers.MAX_SAFE_INTEGER:
            check.fail("number_out_of_range", at, f"countdown {numbers.es_form(value)} exceeds 2^53-1")
        if value < MIN_COUNTDOWN:
            check.fail("invalid_value", at, f"countdown {numbers.es_form(value)} is below {MIN_COUNTDOWN}")
    elif name == "http_status":
        _integer(check, at, value)
        if int(value) not in HTTP_STATUS_RANGE:
            check.fail("invalid_value", at, f"http_status {numbers.es_form(value)} is outside 100...599")
    elif name == "output":
        if not isinstance(value, str):
            check.fail("type_mismatch", at, f"output is a string, not {_type_name(value)}")
    elif name == "headers":
        if not isinstance(value, dict):
            check.fail("type_mismatch", at, f"headers is an object, not {_type_name(value)}")
        for header in sorted_names(value.keys()):
            if not isinstance(value[header], str):
                check.fail("type_mismatch", (name, header), f"header values are strings, not {_type_name(value[header])}")
    elif name == "transformed_row":
        if not isinstance(value, dict):
            check.fail("type_mismatch", at, f"transformed_row is an object, not {_type_name(value)}")
        for column in sorted_names(value.keys()):
            if isinstance(value[column], (dict, list)):
                check.fail("type_mismatch", (name, column), f"a cell is a scalar, not {_type_name(value[column])}")
    elif name == "transformed_row_styles":
        if not isinstance(value, dict):
            check.fail("type_mismatch", at, f"transformed_row_styles is an object, not {_type_name(value)}")
        for column in sorted_names(value.keys()):
            if not isinstance(value[column], dict):
                check.fail("type_mismatch", (name, column), f"a style is an object, not {_type_name(value[column])}")
        if not value:
            # None and {} are one state in the reference (styles or {}): written by omission.
            check.fail("invalid_value", at, "no styles are written by omitting the member, never as {}")
    elif name == "body" and value is None:
        # An absent body is omitted, never null: body=None is "no body" (spec §9).
        check.fail("type_mismatch", at, "an absent body is omitted, never null")


def _integer(check: _Checker, at: tuple[str, ...], value: Any) -> None:
    if not isinstance(value, float) or not numbers.is_integral(value):
        check.fail("type_mismatch", at, f"{at[0]} is an integer, not {_type_name(value)}")


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, float):
        return "a number" if numbers.is_integral(value) else f"the fraction {numbers.es_form(value)}"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"

"""encode: run a factory of the reference runtime (connect-eaas-core) and serialize its result.

The call document ``{"kind", "factory", "args"}`` is validated (kind, factory, argument names,
argument JSON types), the real factory is called with Python values, and the attributes of the
response object it returns are mapped onto the wire dict, which rfc8785 serializes. The mapping
copies what the factory produced: it does not range-check or correct anything, so where
connect-eaas-core accepts what the spec forbids, the difference shows in the conformance run.

Numbers of the call document reach this module as :class:`NumberLiteral` (see
:func:`load_request`), so they are read by the same number rules as the decoder.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# connect-eaas-core 38.0: connect/eaas/core/__init__.py is empty and responses.py imports only
# connect.eaas.core.enums, so this import needs none of the package's dependencies.
from connect.eaas.core.enums import ResultType
from connect.eaas.core.responses import (
    BackgroundResponse,
    InteractiveResponse,
    ScheduledExecutionResponse,
)

from . import numbers
from .canonical import CanonicalizationError, canonical_bytes, sorted_names
from .errors import CodecError, pointer


@dataclass(frozen=True)
class NumberLiteral:
    """A JSON number of a request line, kept as its literal text until it is used."""

    text: str


def load_request(line: bytes | str) -> Any:
    """Parses one protocol request line; numbers stay :class:`NumberLiteral`."""
    def reject_constant(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    return json.loads(line, parse_int=NumberLiteral, parse_float=NumberLiteral, parse_constant=reject_constant)


# -- the factories -------------------------------------------------------------------------

@dataclass(frozen=True)
class Factory:
    """A factory of the reference runtime and the argument names it takes (``None``: it takes
    ``*args, **kwargs`` and ignores them, as ``_Response.done`` does)."""

    call: Callable[..., Any]
    params: frozenset[str] | None


FACTORIES: dict[str, dict[str, Factory]] = {
    "background": {
        "reschedule": Factory(BackgroundResponse.reschedule, frozenset({"countdown"})),
        "slow_process_reschedule": Factory(BackgroundResponse.slow_process_reschedule, frozenset({"countdown"})),
        "skip": Factory(BackgroundResponse.skip, frozenset({"output"})),
        "done": Factory(BackgroundResponse.done, None),
        "fail": Factory(BackgroundResponse.fail, frozenset({"output"})),
    },
    "interactive": {
        "done": Factory(InteractiveResponse.done, frozenset({"http_status", "headers", "body"})),
        "fail": Factory(InteractiveResponse.fail, frozenset({"http_status", "headers", "body", "output"})),
    },
    "scheduled": {
        "done": Factory(ScheduledExecutionResponse.done, None),
        "fail": Factory(ScheduledExecutionResponse.fail, frozenset({"output"})),
    },
}

INTEGER_ARGS = frozenset({"countdown", "http_status"})
"""Arguments that are numbers; their Python default is an int, so None is not accepted."""


CALL_MEMBERS = frozenset({"kind", "factory", "args"})
"""The members of a call document; another member is unexpected_field (spec §7)."""


def encode(call: Any) -> bytes:
    """Validates the call document, runs the factory, returns the canonical wire bytes."""
    if isinstance(call, dict):
        for name in sorted_names(call.keys()):
            if name not in CALL_MEMBERS:
                raise CodecError("unexpected_field", pointer([name]), None, "a call has only kind, factory and args")
    kind = _string_member(call, "kind")
    if kind not in FACTORIES:
        raise CodecError("unknown_kind", "/kind", None, f"unknown kind {kind!r}")
    factory_name = _string_member(call, "factory")
    factory = FACTORIES[kind].get(factory_name)
    if factory is None:
        raise CodecError("invalid_value", "/factory", None, f"{kind} has no factory {factory_name!r}")

    args = call.get("args", {})
    if not isinstance(args, dict):
        raise CodecError("type_mismatch", "/args", None, "args is an object")
    if factory.params is None:
        response = factory.call(**args)  # done(*args, **kwargs) ignores whatever it is given
    else:
        response = factory.call(**_python_args(args, factory.params))
    return _serialize(to_wire(kind, response))


def to_wire(kind: str, response: Any) -> dict[str, Any]:
    """Maps a response object to its wire dict: ``result`` is its status, ``countdown`` only for
    a reschedule, ``output`` only when not None and where the wire has it, and for interactive
    responses ``http_status``/``headers``/``body`` unless None."""
    status = response.status
    wire: dict[str, Any] = {"kind": kind, "result": status}
    if kind == "background" and status == ResultType.RESCHEDULE:
        wire["countdown"] = response.countdown
    if kind == "interactive":
        for name in ("http_status", "headers", "body"):
            if getattr(response, name) is not None:
                wire[name] = getattr(response, name)
    output_allowed = status == ResultType.FAIL or (kind == "background" and status == ResultType.SKIP)
    if output_allowed and response.output is not None:
        wire["output"] = response.output
    return wire


def _serialize(wire: dict[str, Any]) -> bytes:
    """rfc8785 bytes; a value rfc8785 refuses (an int beyond +-(2^53-1), say a countdown the
    factory accepted) is number_out_of_range at the argument it came from."""
    try:
        return canonical_bytes(wire)
    except CanonicalizationError as error:
        raise CodecError("number_out_of_range", pointer(["args", *error.path]), None, f"rfc8785 refused the value: {error.cause}") from None


# -- call-document validation --------------------------------------------------------------

def _string_member(call: Any, name: str) -> str:
    if not isinstance(call, dict):
        raise CodecError("type_mismatch", "", None, "the call is an object")
    if name not in call:
        raise CodecError("missing_field", f"/{name}", None, f"the call has no {name!r}")
    value = call[name]
    if not isinstance(value, str):
        raise CodecError("type_mismatch", f"/{name}", None, f"{name} is a string")
    return value


def _python_args(args: dict[str, Any], params: frozenset[str]) -> dict[str, Any]:
    """The keyword arguments for the factory: unknown names first (invalid_value), then each
    argument's JSON type (type_mismatch), in canonical order."""
    names = sorted_names(args.keys())
    for name in names:
        if name not in params:
            raise CodecError("invalid_value", pointer(["args", name]), None, f"the factory takes no argument {name!r}")
    return {name: _python_arg(name, args[name]) for name in names}


def _python_arg(name: str, value: Any) -> Any:
    """One argument as the Python value an extension would pass.

    JSON null is None, accepted where None is the Python default (output, headers, body). An
    integral number is passed as an int (``30.0`` is the integer 30), a fraction as a float.
    """
    at = ["args", name]
    if name in INTEGER_ARGS:
        if not isinstance(value, NumberLiteral):
            raise CodecError("type_mismatch", pointer(at), None, f"{name} is a number")
        number = _double(value, at)
        return int(number) if numbers.is_integral(number) else number
    if name == "output":
        if value is not None and not isinstance(value, str):
            raise CodecError("type_mismatch", pointer(at), None, "output is a string")
        return value
    if name == "headers" and value is not None and not isinstance(value, dict):
        raise CodecError("type_mismatch", pointer(at), None, "headers is an object")
    return _json_value(value, at)  # headers (values unchecked, as the factory does) and body


def _json_value(value: Any, at: list[str]) -> Any:
    """A JSON value of the call document with every number read as a double."""
    if isinstance(value, NumberLiteral):
        return _double(value, at)
    if isinstance(value, dict):
        return {key: _json_value(item, [*at, key]) for key, item in value.items()}
    if isinstance(value, list):
        return [_json_value(item, [*at, str(index)]) for index, item in enumerate(value)]
    return value


def _double(literal: NumberLiteral, at: list[str]) -> float:
    reason = numbers.out_of_range_reason(literal.text)
    if reason is not None:
        raise CodecError("number_out_of_range", pointer(at), None, reason)
    return numbers.to_double(literal.text)

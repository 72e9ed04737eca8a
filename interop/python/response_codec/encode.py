"""encode: run a factory of the reference runtime (connect-eaas-core) and serialize its result.

The call document ``{"kind", "factory", "args"}`` is validated (response class, factory, argument
names, required arguments, argument JSON types), the real factory of the class the call names is
called with Python values, and the attributes of the response object it returns are mapped onto
the wire dict of the class's wire kind (spec/response-family.md: an alias class writes the kind
of the class it extends), which rfc8785 serializes. The mapping
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
    CustomEventResponse,
    InteractiveResponse,
    ProcessingResponse,
    ProductActionResponse,
    RowTransformationResponse,
    ScheduledExecutionResponse,
    TransformationResponse,
    ValidationResponse,
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
    """A factory of the reference runtime, the argument names it takes (``None``: it takes
    ``*args, **kwargs`` and ignores them, as ``_Response.done`` does) and those it requires
    (positional parameters without a default, such as ``ValidationResponse.done(data)``)."""

    call: Callable[..., Any]
    params: frozenset[str] | None
    required: frozenset[str] = frozenset()


def _background(cls: type[BackgroundResponse]) -> dict[str, Factory]:
    return {
        "reschedule": Factory(cls.reschedule, frozenset({"countdown"})),
        "slow_process_reschedule": Factory(cls.slow_process_reschedule, frozenset({"countdown"})),
        "skip": Factory(cls.skip, frozenset({"output"})),
        "done": Factory(cls.done, None),
        "fail": Factory(cls.fail, frozenset({"output"})),
    }


def _interactive(cls: type[InteractiveResponse]) -> dict[str, Factory]:
    return {
        "done": Factory(cls.done, frozenset({"http_status", "headers", "body"})),
        "fail": Factory(cls.fail, frozenset({"http_status", "headers", "body", "output"})),
    }


FACTORIES: dict[str, dict[str, Factory]] = {
    "background": _background(BackgroundResponse),
    "processing": _background(ProcessingResponse),
    "interactive": _interactive(InteractiveResponse),
    "validation": {
        "done": Factory(ValidationResponse.done, frozenset({"data"}), frozenset({"data"})),
        "fail": Factory(ValidationResponse.fail, frozenset({"data", "output"})),
    },
    "custom_event": _interactive(CustomEventResponse),
    "product_action": _interactive(ProductActionResponse),
    "scheduled": {
        "done": Factory(ScheduledExecutionResponse.done, None),
        "fail": Factory(ScheduledExecutionResponse.fail, frozenset({"output"})),
    },
    "transformation": {
        "done": Factory(TransformationResponse.done, None),
        "fail": Factory(TransformationResponse.fail, frozenset({"output"})),
        "skip": Factory(TransformationResponse.skip, frozenset({"output"})),
    },
    "row_transformation": {
        "done": Factory(
            RowTransformationResponse.done,
            frozenset({"transformed_row", "transformed_row_styles"}),
            frozenset({"transformed_row"}),
        ),
        # Inherited from _Response: a failed row, which the runner turns into a failed
        # transformation (spec/response-family.md §4.1, spec/task-output.md §4.5).
        "fail": Factory(RowTransformationResponse.fail, frozenset({"output"})),
        "skip": Factory(RowTransformationResponse.skip, frozenset()),
        "delete": Factory(RowTransformationResponse.delete, frozenset()),
    },
}
"""The factories of each response class a call can name (spec/response-format.md §7)."""

WIRE_KIND: dict[str, str] = {
    "background": "background",
    "processing": "background",
    "interactive": "interactive",
    "validation": "interactive",
    "custom_event": "interactive",
    "product_action": "interactive",
    "scheduled": "scheduled",
    "transformation": "transformation",
    "row_transformation": "row_transformation",
}
"""The wire kind of each class's documents: aliases are not kinds (spec/response-family.md §1)."""

INTEGER_ARGS = frozenset({"countdown", "http_status"})
"""Arguments that are numbers; their Python default is an int, so None is not accepted."""


CALL_MEMBERS = frozenset({"kind", "factory", "args"})
"""The members of a call document; another member is unexpected_field (spec §7)."""


def encode(call: Any) -> bytes:
    """Validates the call document, runs the factory, returns the canonical wire bytes."""
    kind, response = run_factory(call)
    return _serialize(to_wire(WIRE_KIND[kind], response))


def run_factory(call: Any) -> tuple[str, Any]:
    """Validates the call document and runs the factory: the class name and the response object."""
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
        return kind, factory.call(**args)  # done(*args, **kwargs) ignores whatever it is given
    return kind, factory.call(**_python_args(args, factory))


def to_wire(kind: str, response: Any) -> dict[str, Any]:
    """Maps a response object to the wire dict of ``kind``: ``result`` is its status,
    ``countdown`` only for a reschedule, ``output`` only when not None and where the wire has it,
    for interactive responses ``http_status``/``headers``/``body`` unless None, and for a row's
    success ``transformed_row`` and ``transformed_row_styles`` unless empty (the reference stores
    ``transformed_row_styles or {}``, so None and {} are one state, written by omission)."""
    status = response.status
    wire: dict[str, Any] = {"kind": kind, "result": status}
    if kind == "background" and status == ResultType.RESCHEDULE:
        wire["countdown"] = response.countdown
    if kind == "interactive":
        for name in ("http_status", "headers", "body"):
            if getattr(response, name) is not None:
                wire[name] = getattr(response, name)
    if kind == "row_transformation":
        if status == ResultType.SUCCESS:
            wire["transformed_row"] = response.transformed_row
            if response.transformed_row_styles:
                wire["transformed_row_styles"] = response.transformed_row_styles
    output_allowed = status == ResultType.FAIL or (kind in ("background", "transformation") and status == ResultType.SKIP)
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


def _python_args(args: dict[str, Any], factory: Factory) -> dict[str, Any]:
    """The keyword arguments for the factory: unknown names first (invalid_value), then absent
    required arguments (missing_field; Python would raise TypeError), then each argument's JSON
    type (type_mismatch), in canonical order."""
    names = sorted_names(args.keys())
    for name in names:
        if name not in (factory.params or ()):
            raise CodecError("invalid_value", pointer(["args", name]), None, f"the factory takes no argument {name!r}")
    for name in sorted_names(factory.required):
        if name not in args:
            raise CodecError("missing_field", pointer(["args", name]), None, f"the factory requires {name!r}")
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
    if name == "transformed_row" and not isinstance(value, dict):
        # No default: None is no row (the runner would fail on transformed_row.get).
        raise CodecError("type_mismatch", pointer(at), None, "transformed_row is an object")
    if name == "transformed_row_styles" and value is not None and not isinstance(value, dict):
        raise CodecError("type_mismatch", pointer(at), None, "transformed_row_styles is an object")
    # headers, transformed_row and transformed_row_styles (their values unchecked, as the
    # factories do), body and data
    return _json_value(value, at)


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

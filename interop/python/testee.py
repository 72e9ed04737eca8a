#!/usr/bin/env python3
"""The Python testee of the ResponseCodec conformance suite (spec/conformance.md §3).

Reads one JSON request per line on stdin and writes exactly one JSON response line per request
on stdout, flushed:

    {"id":..,"op":"encode","call":{"kind":..,"factory":..,"args":{..}}}
    {"id":..,"op":"decode"|"verify"|"canonicalize"|"decode_task_output","input_b64":"..",
     "limits":{"max_depth":N,"max_document_bytes":N,"max_string_bytes":N}?,
     "unknown_members":"reject"|"ignore"?}
    {"id":..,"op":"task_output","call":{..},"runtime":N}
    {"id":..,"op":"task_output","retry":{"message":".."}}

    -> {"id":..,"ok":true,"output_b64":".."}
    -> {"id":..,"ok":false,"code":"..","pointer":"..","offset":N|null,"reason":".."}

It never stops on a bad request: a malformed request is answered as spec/conformance.md §3.2
("Malformed requests") says, with a pointer into the request, and any unexpected exception with
the code "internal". Blank lines are skipped.
"""

from __future__ import annotations

import base64
import binascii
import json
import sys
import traceback
from pathlib import Path
from typing import Any, BinaryIO, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))

from response_codec.canonical import canonical_bytes  # noqa: E402
from response_codec.encode import NumberLiteral, encode, load_request  # noqa: E402
from response_codec.errors import CodecError  # noqa: E402
from response_codec.numbers import is_integral, to_double  # noqa: E402
from response_codec.projection import backend, project, project_retry  # noqa: E402
from response_codec.rules import decode_response  # noqa: E402
from response_codec.strict_json import Limits, parse  # noqa: E402
from response_codec.task_output import decode_task_output as task_output_rules  # noqa: E402


def decode(data: bytes, limits: Limits, unknown_members: str) -> bytes:
    """Parse, apply the response rules, return the canonical bytes of the decoded response."""
    return canonical_bytes(decode_response(parse(data, limits), unknown_members))


def verify(data: bytes, limits: Limits, unknown_members: str) -> bytes:
    """Decode, then require the input to be byte-for-byte its canonical form."""
    canonical = decode(data, limits, unknown_members)
    if canonical != data:
        offset = next((i for i, (a, b) in enumerate(zip(data, canonical)) if a != b), min(len(data), len(canonical)))
        raise CodecError("not_canonical", "", offset, "the document differs from its RFC 8785 form")
    return data


def canonicalize(data: bytes, limits: Limits, unknown_members: str) -> bytes:
    """Parse (no response rules) and serialize per RFC 8785."""
    return canonical_bytes(parse(data, limits).value)


def decode_task_output(data: bytes, limits: Limits, unknown_members: str) -> bytes:
    """Parse, apply the task output rules, return the canonical bytes of the task output."""
    return canonical_bytes(task_output_rules(parse(data, limits), unknown_members))


BYTE_OPS = {"decode": decode, "verify": verify, "canonicalize": canonicalize, "decode_task_output": decode_task_output}


def handle(request: Any) -> bytes:
    """The output bytes for one parsed request; raises :class:`CodecError` for a fault of the
    request (spec/conformance.md §3.2 "Malformed requests") or of the operation."""
    if not isinstance(request, dict):
        raise CodecError("type_mismatch", "", None, "a request is a JSON object")
    _string(request, "id")
    op = _string(request, "op")
    if op == "encode":
        return encode(_required(request, "call"))
    if op == "task_output":
        return _task_output(request)
    if op not in BYTE_OPS:
        raise CodecError("invalid_value", "/op", None, f"no operation {op!r}")
    data = _input_bytes(request)
    limits = _limits(request)
    unknown = request.get("unknown_members", "reject")
    if not isinstance(unknown, str):
        raise CodecError("type_mismatch", "/unknown_members", None, "unknown_members is a string")
    if unknown not in ("reject", "ignore"):
        raise CodecError("invalid_value", "/unknown_members", None, f"unknown_members is 'reject' or 'ignore', not {unknown!r}")
    return BYTE_OPS[op](data, limits, unknown)


def _required(request: dict[str, Any], name: str, at: str = "") -> Any:
    """A member that must be present; null is present (a value of the wrong type)."""
    if name not in request:
        raise CodecError("missing_field", f"{at}/{name}", None, f"missing member {name!r}")
    return request[name]


def _string(request: dict[str, Any], name: str, at: str = "") -> str:
    value = _required(request, name, at)
    if not isinstance(value, str):
        raise CodecError("type_mismatch", f"{at}/{name}", None, f"{name} is a string")
    return value


def _task_output(request: dict[str, Any]) -> bytes:
    """The runner's retry when the request has one (of any value), else the projection of its
    call; the request's own members are checked before the call is run."""
    if "retry" in request:
        retry = request["retry"]
        if not isinstance(retry, dict):
            raise CodecError("type_mismatch", "/retry", None, "retry is an object")
        return project_retry(_string(retry, "message", "/retry"))
    call = _required(request, "call")
    runtime = _required(request, "runtime")
    if not isinstance(runtime, NumberLiteral):
        raise CodecError("type_mismatch", "/runtime", None, "runtime is a number")
    return project(call, to_double(runtime.text))


def _input_bytes(request: dict[str, Any]) -> bytes:
    text = _string(request, "input_b64")
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise CodecError("invalid_value", "/input_b64", None, f"input_b64 is not base64: {error}") from None


def _limits(request: dict[str, Any]) -> Limits:
    if "limits" not in request:
        return Limits()
    value = request["limits"]
    if not isinstance(value, dict):
        raise CodecError("type_mismatch", "/limits", None, "limits is an object")
    fields = {}
    for name in ("max_depth", "max_document_bytes", "max_string_bytes"):
        if name in value:
            number = value[name]
            if not (isinstance(number, NumberLiteral) and is_integral(to_double(number.text))):
                raise CodecError("type_mismatch", f"/limits/{name}", None, f"{name} is an integer")
            if to_double(number.text) < 0:
                raise CodecError("invalid_value", f"/limits/{name}", None, f"{name} is not negative")
            fields[name] = int(to_double(number.text))
    return Limits(**fields)


def respond(line: bytes) -> str:
    """The response line for one request line (its line feed is dropped); never raises.

    The line must be I-JSON (this folder's strict parser, default limits): otherwise the answer
    is the parse fault, with its offset in the line. The id echoed is the request's string
    ``id``, or "" when it has none.
    """
    line = line[:-1] if line.endswith(b"\n") else line
    request_id = ""
    try:
        parse(line)
        request = load_request(line)
        if isinstance(request, dict) and isinstance(request.get("id"), str):
            request_id = request["id"]
        output = handle(request)
        body: dict[str, Any] = {"ok": True, "output_b64": base64.b64encode(output).decode("ascii")}
    except CodecError as error:
        body = {"ok": False, "code": error.code, "pointer": error.pointer, "offset": error.offset, "reason": error.reason}
    except Exception as error:  # noqa: BLE001 - the testee must answer every line
        detail = "".join(traceback.format_exception_only(type(error), error)).strip()
        body = {"ok": False, "code": "internal", "pointer": "", "offset": None, "reason": detail}
    return json.dumps({"id": request_id, **body}, separators=(",", ":"), ensure_ascii=True)


def serve(stdin: BinaryIO, stdout: TextIO) -> None:
    """Answers request lines until end of input."""
    for line in stdin:
        if not line.strip():
            continue
        stdout.write(respond(line) + "\n")
        stdout.flush()


if __name__ == "__main__":
    # The task output backend imports pydantic, fastapi and the runner's managers, which takes
    # seconds: done now, it falls in the runner's start-up allowance (--startup-timeout) rather
    # than in the answer to the first task_output request (--timeout). A forced backend that
    # does not import still fails each task_output request, as before.
    try:
        backend()
    except RuntimeError:
        pass
    serve(sys.stdin.buffer, sys.stdout)

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

It never stops on a bad request: a request it cannot understand, or any unexpected exception,
is answered with the code "internal". Blank lines are skipped.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import sys
import traceback
from pathlib import Path
from typing import Any, BinaryIO, TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))

from response_codec.canonical import canonical_bytes  # noqa: E402
from response_codec.encode import NumberLiteral, encode, load_request  # noqa: E402
from response_codec.errors import CodecError  # noqa: E402
from response_codec.numbers import out_of_range_reason, to_double  # noqa: E402
from response_codec.projection import project, project_retry  # noqa: E402
from response_codec.rules import decode_response  # noqa: E402
from response_codec.strict_json import Limits, parse  # noqa: E402
from response_codec.task_output import decode_task_output as task_output_rules  # noqa: E402


class BadRequest(Exception):
    """The request line does not follow the protocol."""


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


def handle(request: Any) -> dict[str, Any]:
    """The response (without ``id``) to one parsed request."""
    if not isinstance(request, dict):
        raise BadRequest("a request is a JSON object")
    op = request.get("op")
    try:
        if op == "encode":
            if "call" not in request:
                raise BadRequest("encode needs a call")
            output = encode(request["call"])
        elif op == "task_output":
            output = _task_output(request)
        elif op in BYTE_OPS:
            data = _input_bytes(request)
            limits = _limits(request.get("limits"))
            unknown = request.get("unknown_members", "reject")
            if unknown not in ("reject", "ignore"):
                raise BadRequest(f"unknown_members is 'reject' or 'ignore', not {unknown!r}")
            output = BYTE_OPS[op](data, limits, unknown)
        else:
            raise BadRequest(f"unknown op {op!r}")
    except CodecError as error:
        return {"ok": False, "code": error.code, "pointer": error.pointer, "offset": error.offset, "reason": error.reason}
    return {"ok": True, "output_b64": base64.b64encode(output).decode("ascii")}


def _task_output(request: dict[str, Any]) -> bytes:
    """The runner's retry when the request has one, else the projection of its call."""
    if "retry" in request:
        retry = request["retry"]
        if not isinstance(retry, dict) or not isinstance(retry.get("message"), str):
            raise BadRequest("retry is an object with a string message")
        return project_retry(retry["message"])
    if "call" not in request:
        raise BadRequest("task_output needs a call or a retry")
    runtime = request.get("runtime")
    if not isinstance(runtime, NumberLiteral) or out_of_range_reason(runtime.text) is not None:
        raise BadRequest("task_output needs a runtime, a number")
    return project(request["call"], to_double(runtime.text))


def _input_bytes(request: dict[str, Any]) -> bytes:
    text = request.get("input_b64")
    if not isinstance(text, str):
        raise BadRequest("input_b64 is a string")
    try:
        return base64.b64decode(text, validate=True)
    except binascii.Error as error:
        raise BadRequest(f"input_b64 is not base64: {error}") from None


def _limits(value: Any) -> Limits:
    if value is None:
        return Limits()
    if not isinstance(value, dict):
        raise BadRequest("limits is an object")
    fields = {}
    for name in ("max_depth", "max_document_bytes", "max_string_bytes"):
        if name in value:
            number = value[name]
            if not (isinstance(number, NumberLiteral) and number.text.isdigit()):
                raise BadRequest(f"limits.{name} is a non-negative integer")
            fields[name] = int(number.text)
    return Limits(**fields)


def _json_id(value: Any) -> Any:
    """The request id, echoed back: a string as is (the protocol's ids are strings), any other
    scalar as its JSON value, anything else as null."""
    if isinstance(value, NumberLiteral):
        number = json.loads(value.text)
        return number if math.isfinite(number) else value.text
    return value if isinstance(value, (str, bool)) else None


def respond(line: bytes) -> str:
    """The response line for one request line; never raises."""
    request_id: Any = None
    try:
        request = load_request(line)
        if isinstance(request, dict):
            request_id = _json_id(request.get("id"))
        body = handle(request)
    except BadRequest as error:
        body = {"ok": False, "code": "internal", "pointer": "", "offset": None, "reason": f"bad request: {error}"}
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
    serve(sys.stdin.buffer, sys.stdout)

"""Checks of the Python testee: the line protocol, the parser's offsets and pointers, the
response rules, encode through connect-eaas-core, and the reference runtime's known
departures from the spec (pinned here so a change in them is noticed).

Run from the repository root: ``python3 -m pytest interop/python``.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import rfc8785

sys.path.insert(0, str(Path(__file__).resolve().parent))

from response_codec.canonical import canonical_bytes  # noqa: E402
from testee import respond  # noqa: E402

TESTEE = Path(__file__).resolve().parent / "testee.py"


def call(request: dict[str, Any]) -> dict[str, Any]:
    return json.loads(respond(json.dumps(request).encode()))


def byte_op(op: str, document: bytes | str, **extra: Any) -> dict[str, Any]:
    data = document.encode() if isinstance(document, str) else document
    return call({"id": "t", "op": op, "input_b64": base64.b64encode(data).decode(), **extra})


def output(response: dict[str, Any]) -> str:
    assert response["ok"], response
    return base64.b64decode(response["output_b64"]).decode()


def fault(response: dict[str, Any]) -> tuple[str, str, int | None]:
    assert not response["ok"], response
    return response["code"], response["pointer"], response["offset"]


# -- the protocol ----------------------------------------------------------------------------

def test_protocol_answers_every_line_in_order() -> None:
    lines = [
        {"id": "a", "op": "canonicalize", "input_b64": base64.b64encode(b'{"b":1,"a":2}').decode()},
        {"id": "b", "op": "encode", "call": {"kind": "scheduled", "factory": "done"}},
        {"id": "c", "op": "teleport"},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n\nnot json\n"
    # The mirrored backend imports at once; the testee picks its backend before the first answer.
    env = {**os.environ, "RESPONSE_CODEC_TASK_OUTPUT": "mirror"}
    run = subprocess.run([sys.executable, str(TESTEE)], input=stdin, capture_output=True, text=True, timeout=60, check=True, env=env)
    answers = [json.loads(line) for line in run.stdout.splitlines()]
    assert [a["id"] for a in answers] == ["a", "b", "c", ""]
    assert base64.b64decode(answers[0]["output_b64"]) == b'{"a":2,"b":1}'
    assert base64.b64decode(answers[1]["output_b64"]) == b'{"kind":"scheduled","result":"success"}'
    assert fault(answers[2]) == ("invalid_value", "/op", None)
    assert answers[3] | {"reason": ""} == {"id": "", "ok": False, "code": "syntax", "pointer": "", "offset": 1, "reason": ""}


# -- malformed requests: the examples of spec/conformance.md §3.2 ----------------------------

SPEC = Path(__file__).resolve().parents[2] / "spec" / "conformance.md"
MALFORMED_MARKER = "<!-- malformed-requests: request line, then answer line -->"


def malformed_examples() -> list[tuple[str, str]]:
    """The (request line, answer line) pairs of the fenced block after the marker."""
    lines = SPEC.read_text(encoding="utf-8").split("\n")
    start = lines.index(MALFORMED_MARKER) + 2  # the marker, then the opening fence
    block = lines[start : lines.index("```", start)]
    assert len(block) % 2 == 0, "a request line without its answer"
    return list(zip(block[0::2], block[1::2]))


def test_malformed_examples_exist() -> None:
    assert len(malformed_examples()) >= 20


@pytest.mark.parametrize(("request_line", "answer_line"), malformed_examples())
def test_malformed_request(request_line: str, answer_line: str) -> None:
    answer = json.loads(respond(request_line.encode() + b"\n"))
    assert answer.pop("reason", "") != "" or answer["ok"], "an error answer gives a reason"
    assert answer == json.loads(answer_line)


# -- parsing: (document, code, pointer, offset) ----------------------------------------------

PARSE_FAULTS = [
    (b"", "syntax", "", 0),
    (b"  ", "syntax", "", 2),
    (b"[1,]", "syntax", "/1", 3),
    (b"[1 x", "syntax", "", 3),
    (b"[,", "syntax", "/0", 1),
    (b'{"a":1,}', "syntax", "", 7),
    (b'{"a" 1}', "syntax", "/a", 5),
    (b'{"a":[1,{"b":tru}]}', "syntax", "/a/1/b", 16),
    (b'{"a\\u12"', "syntax", "", 7),
    (b"[01]", "syntax", "", 2),
    (b"1.e", "syntax", "", 2),
    (b"{} x", "syntax", "", 3),
    (b"\xef\xbb\xbf{}", "invalid_utf8", "", 0),
    (b'["\xed\xa0\x80"]', "invalid_utf8", "", 2),
    (b'["\xc0\xaf"]', "invalid_utf8", "", 2),
    (b'{"a":"\\ud800"}', "invalid_unicode", "/a", 6),
    (b'["\\udc00"]', "invalid_unicode", "/0", 2),
    (b'["\\ud800\\ud800"]', "invalid_unicode", "/0", 2),
    (b'["\\ud800\\u12G4"]', "syntax", "/0", 12),  # the following escape's hex digits come first
    (b'{"a":1,"\\u0061":2}', "duplicate_key", "/a", 7),
    (b'{"a/~b":1,"a/~b" x}', "duplicate_key", "/a~1~0b", 10),
    (b"[1e400x", "number_out_of_range", "/0", 1),  # found when the number ends
    (b"1e-400", "number_out_of_range", "", 0),
    (b"9007199254740993", "number_out_of_range", "", 0),
    (b"-9007199254740993", "number_out_of_range", "", 0),
    (b"1000000000000000000000", "number_out_of_range", "", 0),  # its ES form is 1e+21
]


@pytest.mark.parametrize(("document", "code", "pointer", "offset"), PARSE_FAULTS)
def test_parse_faults(document: bytes, code: str, pointer: str, offset: int) -> None:
    assert fault(byte_op("canonicalize", document)) == (code, pointer, offset)


@pytest.mark.parametrize(
    ("document", "limits", "expected"),
    [
        (b"[[[]]]", {"max_depth": 2}, ("depth_exceeded", "/0/0", 2)),
        (b"[[]]", {"max_depth": 2}, None),
        (b'["abcd"]', {"max_string_bytes": 3}, ("too_large", "/0", 1)),
        (b'{"abcd":1}', {"max_string_bytes": 3}, ("too_large", "", 1)),
        (b'["\\u00e9\\u20ac\\ud83d\\ude00"]', {"max_string_bytes": 8}, ("too_large", "/0", 1)),
        (b'["\\u00e9\\u20ac\\ud83d\\ude00"]', {"max_string_bytes": 9}, None),
        (b'["ab\\q"]', {"max_string_bytes": 1}, ("too_large", "/0", 1)),  # found as soon as it is too long
        (b"[1, 2]", {"max_document_bytes": 5}, ("too_large", "", 0)),
    ],
)
def test_limits(document: bytes, limits: dict[str, int], expected: tuple[str, str, int] | None) -> None:
    response = byte_op("canonicalize", document, limits=limits)
    assert (None if response["ok"] else fault(response)) == expected


def test_deep_nesting_needs_no_recursion() -> None:
    depth = 20_000
    document = b"[" * depth + b"]" * depth
    assert output(byte_op("canonicalize", document, limits={"max_depth": depth})) == document.decode()


@pytest.mark.parametrize(
    ("document", "canonical"),
    [
        ('{"b":[1.0,1E2,-0,0.1,1e21,1e-7],"a":"\\u00e9\\/\\u001f"}', '{"a":"é/\\u001f","b":[1,100,0,0.1,1e+21,1e-7]}'),
        ("9007199254740992", "9007199254740992"),
        ("999999999999999900000", "999999999999999900000"),
        ('{"\\ue000":1,"\\ud83d\\ude00":2}', '{"\U0001f600":2,"\ue000":1}'),
        ("0e-400", "0"),
    ],
)
def test_canonicalize(document: str, canonical: str) -> None:
    assert output(byte_op("canonicalize", document)) == canonical


def test_canonical_writer_matches_rfc8785() -> None:
    value = {"z": [1.5, None, True, {"\U0001f600": "x", "\ue000": []}], "a": {"b": "\n\"\\"}, "n": -1e300}
    assert canonical_bytes(value) == rfc8785.dumps(value)


# -- response rules --------------------------------------------------------------------------

RESCHEDULE = '{"kind":"background","result":"reschedule","countdown":%s}'

DECODE_FAULTS = [
    ("[]", "type_mismatch", "", 0),
    ("{}", "missing_field", "/kind", 0),
    ('{"kind":1}', "type_mismatch", "/kind", 8),
    ('{"kind":"batch","result":1}', "unknown_kind", "/kind", 8),
    ('{"kind":"background"}', "missing_field", "/result", 0),
    ('{"kind":"background","result":"retry"}', "unknown_result", "/result", 30),
    ('{"kind":"interactive","result":"reschedule"}', "unknown_result", "/result", 31),
    ('{"kind":"background","result":"success","z":1,"countdown":30}', "unexpected_field", "/countdown", 58),
    ('{"kind":"background","result":"reschedule"}', "missing_field", "/countdown", 0),
    (RESCHEDULE % '"30"', "type_mismatch", "/countdown", 55),
    (RESCHEDULE % "30.5", "type_mismatch", "/countdown", 55),
    (RESCHEDULE % "29", "invalid_value", "/countdown", 55),
    (RESCHEDULE % "9007199254740992", "number_out_of_range", "/countdown", 55),
    ('{"kind":"interactive","result":"fail","http_status":404,"headers":{"b":1,"a":"x"}}', "type_mismatch", "/headers/b", 71),
    ('{"kind":"interactive","result":"success","http_status":600}', "invalid_value", "/http_status", 55),
    ('{"kind":"scheduled","result":"fail","output":null}', "type_mismatch", "/output", 45),
]


@pytest.mark.parametrize(("document", "code", "pointer", "offset"), DECODE_FAULTS)
def test_decode_faults(document: str, code: str, pointer: str, offset: int) -> None:
    assert fault(byte_op("decode", document)) == (code, pointer, offset)


def test_decode_outputs_canonical_bytes() -> None:
    assert output(byte_op("decode", RESCHEDULE % "3e1")) == '{"countdown":30,"kind":"background","result":"reschedule"}'
    document = '{"kind":"interactive","result":"success","http_status":200,"body":[null],"headers":{}}'
    assert output(byte_op("decode", document)) == '{"body":[null],"headers":{},"http_status":200,"kind":"interactive","result":"success"}'
    null_body = '{"kind":"interactive","result":"success","http_status":200,"body":null}'
    assert fault(byte_op("decode", null_body)) == ("type_mismatch", "/body", 66)


def test_unknown_members() -> None:
    document = '{"kind":"background","result":"success","z":1}'
    assert fault(byte_op("decode", document)) == ("unexpected_field", "/z", 44)
    assert output(byte_op("decode", document, unknown_members="ignore")) == '{"kind":"background","result":"success"}'
    known_in_wrong_place = '{"kind":"background","result":"success","output":"x"}'
    assert fault(byte_op("decode", known_in_wrong_place, unknown_members="ignore"))[0] == "unexpected_field"


def test_verify() -> None:
    canonical = '{"countdown":30,"kind":"background","result":"reschedule"}'
    assert output(byte_op("verify", canonical)) == canonical
    assert fault(byte_op("verify", RESCHEDULE % "30")) == ("not_canonical", "", 2)
    assert fault(byte_op("verify", canonical + " ")) == ("not_canonical", "", len(canonical))


# -- encode ----------------------------------------------------------------------------------

def encode(kind: str, factory: str, **args: Any) -> dict[str, Any]:
    return call({"id": "e", "op": "encode", "call": {"kind": kind, "factory": factory, "args": args}})


def test_encode_factories() -> None:
    assert output(encode("background", "reschedule")) == '{"countdown":30,"kind":"background","result":"reschedule"}'
    assert output(encode("background", "reschedule", countdown=10)) == '{"countdown":30,"kind":"background","result":"reschedule"}'
    assert output(encode("background", "slow_process_reschedule")) == '{"countdown":300,"kind":"background","result":"reschedule"}'
    assert output(encode("background", "skip", output="")) == '{"kind":"background","output":"","result":"skip"}'
    assert output(encode("background", "done", anything=[1])) == '{"kind":"background","result":"success"}'
    assert output(encode("interactive", "fail", headers={}, output="no")) == '{"headers":{},"http_status":400,"kind":"interactive","output":"no","result":"fail"}'
    assert output(encode("scheduled", "fail", output="boom")) == '{"kind":"scheduled","output":"boom","result":"fail"}'


def test_encode_errors() -> None:
    assert fault(call({"id": "e", "op": "encode", "call": {"kind": "batch", "factory": "done"}})) == ("unknown_kind", "/kind", None)
    assert fault(encode("scheduled", "skip")) == ("invalid_value", "/factory", None)
    assert fault(encode("background", "reschedule", output="x")) == ("invalid_value", "/args/output", None)
    assert fault(encode("background", "reschedule", countdown="30")) == ("type_mismatch", "/args/countdown", None)
    assert fault(encode("background", "fail", output=5)) == ("type_mismatch", "/args/output", None)
    assert fault(encode("interactive", "done", headers=[])) == ("type_mismatch", "/args/headers", None)
    # reschedule itself accepts any size; rfc8785 refuses integers beyond 2^53-1.
    assert fault(encode("background", "reschedule", countdown=2**53)) == ("number_out_of_range", "/args/countdown", None)


# -- the reference runtime's departures from the spec (see README.md) ------------------------

def test_reference_drops_a_null_body() -> None:
    assert output(encode("interactive", "done", body=None)) == '{"http_status":200,"kind":"interactive","result":"success"}'


def test_reference_accepts_any_http_status() -> None:
    assert output(encode("interactive", "done", http_status=600)) == '{"http_status":600,"kind":"interactive","result":"success"}'


def test_reference_keeps_a_fractional_countdown() -> None:
    assert output(encode("background", "reschedule", countdown=45.5)) == '{"countdown":45.5,"kind":"background","result":"reschedule"}'


def test_reference_does_not_check_header_values() -> None:
    assert output(encode("interactive", "done", headers={"a": 1})) == '{"headers":{"a":1},"http_status":200,"kind":"interactive","result":"success"}'

"""The strict decoding rules of a task output document (spec/task-output.md §3.2).

Precedence: (a) the root is an object; (b) ``result`` present, a string, one of the task
results; (c) members in canonical (UTF-16) order: an unknown one is unexpected_field (skipped
with ``unknown_members`` "ignore"); (d) all five members present, in canonical order; (e) each
member in canonical order: ``countdown`` an integer (type_mismatch), at most 2^53-1
(number_out_of_range), 0 unless the result is reschedule and 30 or more for one
(invalid_value); ``data`` any value; ``message`` a string or null; ``runtime`` a number.
Offsets are those of the value a pointer names; for missing_field, of the object's ``{``.
"""

from __future__ import annotations

from typing import Any

from . import numbers
from .canonical import sorted_names
from .rules import _Checker, _type_name
from .strict_json import Parsed

MEMBERS = ("countdown", "data", "message", "result", "runtime")
"""The members of proto.TaskOutput, in canonical order."""

RESULTS = frozenset({"success", "reschedule", "skip", "fail", "retry"})
"""The results a task output carries: the responses' results and the runner's own retry."""


def decode_task_output(parsed: Parsed, unknown_members: str = "reject") -> dict[str, Any]:
    """Checks the task output rules; returns the decoded task output as its wire dict (unknown
    members dropped when ``unknown_members`` is ``"ignore"``)."""
    check = _Checker(parsed)
    root = parsed.value
    if not isinstance(root, dict):
        check.fail("type_mismatch", (), f"a task output is a JSON object, not {_type_name(root)}")
    if "result" not in root:
        check.missing("result")
    result = root["result"]
    if not isinstance(result, str):
        check.fail("type_mismatch", ("result",), f"result is a string, not {_type_name(result)}")
    if result not in RESULTS:
        check.fail("unknown_result", ("result",), f"result {result!r} is not a task result")
    for name in sorted_names(root.keys()):
        if name not in MEMBERS and unknown_members != "ignore":
            check.fail("unexpected_field", (name,), f"{name!r} is not a member of a task output")
    for name in MEMBERS:
        if name not in root:
            check.missing(name)

    countdown = root["countdown"]
    if not isinstance(countdown, float) or not numbers.is_integral(countdown):
        check.fail("type_mismatch", ("countdown",), f"countdown is an integer, not {_type_name(countdown)}")
    if countdown > numbers.MAX_SAFE_INTEGER:
        check.fail("number_out_of_range", ("countdown",), "countdown exceeds 2^53-1")
    if result == "reschedule" and countdown < 30:
        check.fail("invalid_value", ("countdown",), "a reschedule's countdown is at least 30")
    if result != "reschedule" and countdown != 0:
        check.fail("invalid_value", ("countdown",), f"the countdown of a {result} is 0")
    message = root["message"]
    if message is not None and not isinstance(message, str):
        check.fail("type_mismatch", ("message",), f"message is a string or null, not {_type_name(message)}")
    runtime = root["runtime"]
    if not isinstance(runtime, float):
        check.fail("type_mismatch", ("runtime",), f"runtime is a number, not {_type_name(runtime)}")
    return {name: root[name] for name in MEMBERS}

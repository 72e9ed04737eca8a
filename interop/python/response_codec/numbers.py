"""JSON numbers: the nearest double, the number_out_of_range rules, the ECMAScript form.

spec/response-format.md §5.4: a literal maps to the nearest double (Python's ``float()`` is
correctly rounded, half to even), and is out of range when

(a) the double is infinite (``1e400``);
(b) the double is zero but the literal's significand has a nonzero digit (``1e-400``);
(c) it is an integer literal (no fraction, no exponent) of magnitude above 2^53-1 whose
    double's ECMAScript form is not exactly the literal (``9007199254740993``).
"""

from __future__ import annotations

import math

import rfc8785

MAX_SAFE_INTEGER = 2**53 - 1
"""The largest integer n such that n and n+1 are both exactly representable as doubles."""

_SAFE_INTEGER_DIGITS = len(str(MAX_SAFE_INTEGER))


def es_form(value: float) -> str:
    """The ECMAScript Number::toString form of a finite double, as RFC 8785 serializes it."""
    return rfc8785.dumps(float(value)).decode("ascii")


def out_of_range_reason(literal: str) -> str | None:
    """Why a syntactically valid JSON number literal is out of range, or ``None`` if it is not."""
    value = float(literal)
    if math.isinf(value):
        return f"{_shorten(literal)} overflows a double"
    if value == 0:
        significand = literal.split("e")[0].split("E")[0]
        if any(digit in "123456789" for digit in significand):
            return f"{_shorten(literal)} underflows to zero"
    elif len(literal) > _SAFE_INTEGER_DIGITS - 1 and _is_integer_literal(literal) and _beyond_safe(literal):
        if es_form(value) != literal:
            return f"{_shorten(literal)} is beyond 2^53-1 and not exactly a double (nearest is {es_form(value)})"
    return None


def _shorten(literal: str) -> str:
    """A literal for an error reason: long ones are cut in the middle."""
    return literal if len(literal) <= 40 else f"{literal[:20]}...{literal[-12:]} ({len(literal)} characters)"


def to_double(literal: str) -> float:
    """The nearest double of a valid literal (callers check :func:`out_of_range_reason` first)."""
    return float(literal)


def is_integral(value: float) -> bool:
    """Whether a finite double has no fraction: ``30.0`` and ``3e1`` are the integer 30."""
    return math.isfinite(value) and value == math.floor(value)


def _is_integer_literal(literal: str) -> bool:
    return not any(c in literal for c in ".eE")


def _beyond_safe(literal: str) -> bool:
    # Compare by digit count first: int() of a huge literal would trip Python's
    # int/str conversion limit (4300 digits), and a long literal is beyond 2^53-1 anyway.
    digits = literal.lstrip("-")
    if len(digits) != _SAFE_INTEGER_DIGITS:
        return len(digits) > _SAFE_INTEGER_DIGITS
    return int(digits) > MAX_SAFE_INTEGER

"""A strict, iterative, byte-level JSON parser that reports faults as spec/response-format.md §6 specifies.

Python's ``json`` module cannot be used: it accepts NaN, Infinity and duplicate names, and it
cannot report the byte offsets and JSON Pointers the spec requires. This scanner works on the
raw bytes (offsets are byte offsets) after the document has been checked to be well-formed
UTF-8, so any byte >= 0x80 can only be part of a string.

Fault rules (spec/response-format.md §6.2), in one left-to-right pass, first fault wins:

* syntax: the offset is the length of the longest prefix of the input that is a prefix of some
  JSON text, i.e. the first byte that cannot continue it (the input length at an unexpected end);
* invalid_unicode: a ``\\u`` escape of a lone surrogate, at the backslash of the unpaired escape;
* duplicate_key: at the repeated name's opening quote, found when its closing quote is read;
* number_out_of_range: at the number's first byte, found when the number ends;
* depth_exceeded: at the ``[`` or ``{`` that would exceed ``max_depth``;
* too_large: at a string's opening quote, found as soon as its unescaped UTF-8 length exceeds
  ``max_string_bytes``.

The pointer of a fault is the path of the value the fault is in: an array element's token is
pushed when the element begins and popped when its value ends; an object member's token is
pushed when the member name's closing quote is read and popped when its value ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NoReturn

from . import numbers
from .errors import CodecError, pointer

JSONValue = Any  # dict[str, JSONValue] | list[JSONValue] | str | float | bool | None

OFFSET_DEPTH = 2
"""Value offsets are recorded for paths up to this length: the response rules need the root,
its members and the members of ``headers``."""

_WS = re.compile(rb"[ \t\n\r]*")
_WS_BYTES = frozenset(b" \t\n\r")
_NUMBER = re.compile(rb"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_SIMPLE_STRING = re.compile(rb'"([^"\\\x00-\x1f]*)"')
_DIGITS = re.compile(rb"[0-9]*")
_PLAIN = re.compile(rb'[^"\\\x00-\x1f]+')
_HEX = frozenset(b"0123456789abcdefABCDEF")
_SIMPLE_ESCAPES = {
    ord('"'): '"',
    ord("\\"): "\\",
    ord("/"): "/",
    ord("b"): "\b",
    ord("f"): "\f",
    ord("n"): "\n",
    ord("r"): "\r",
    ord("t"): "\t",
}
_LITERALS: dict[int, tuple[bytes, JSONValue]] = {
    ord("t"): (b"true", True),
    ord("f"): (b"false", False),
    ord("n"): (b"null", None),
}
_QUOTE, _BACKSLASH, _COMMA, _COLON = ord('"'), ord("\\"), ord(","), ord(":")
_LBRACE, _RBRACE, _LBRACKET, _RBRACKET = ord("{"), ord("}"), ord("["), ord("]")
_MINUS, _ZERO, _DOT = ord("-"), ord("0"), ord(".")
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class Limits:
    """Resource limits; the defaults are those of spec/response-format.md §5.8."""

    max_depth: int = 512
    max_document_bytes: int = 64 << 20
    max_string_bytes: int = 16 << 20


@dataclass
class Parsed:
    """A parsed document: its value, and the offset of the first byte of each value whose
    path (as a tuple of unescaped reference tokens) has at most ``OFFSET_DEPTH`` tokens."""

    value: JSONValue
    offsets: dict[tuple[str, ...], int] = field(default_factory=dict)


@dataclass
class _Frame:
    """An open array or object, and for an object the name of the member being read."""

    container: dict[str, JSONValue] | list[JSONValue]
    is_object: bool
    name: str = ""


def parse(data: bytes, limits: Limits = Limits()) -> Parsed:
    """Parses one JSON text, checking size and UTF-8 first; raises :class:`CodecError`."""
    if len(data) > limits.max_document_bytes:
        raise CodecError("too_large", "", 0, f"document of {len(data)} bytes exceeds max_document_bytes {limits.max_document_bytes}")
    check_utf8(data)
    return _Parser(data, limits).run()


def check_utf8(data: bytes) -> None:
    """Rejects a byte order mark, then the first ill-formed UTF-8 sequence (RFC 3629)."""
    if data.startswith(_BOM):
        raise CodecError("invalid_utf8", "", 0, "byte order mark")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CodecError("invalid_utf8", "", error.start, f"ill-formed UTF-8: {error.reason}") from None


class _Parser:
    """One parse of one document. All state is explicit: nesting is a list, not recursion."""

    def __init__(self, data: bytes, limits: Limits) -> None:
        self.data = data
        self.n = len(data)
        self.limits = limits
        self.tokens: list[str] = []
        self.stack: list[_Frame] = []
        self.offsets: dict[tuple[str, ...], int] = {}

    # -- faults ---------------------------------------------------------------------------

    def fail(self, code: str, offset: int, reason: str) -> NoReturn:
        raise CodecError(code, pointer(self.tokens), offset, reason)

    def syntax(self, offset: int) -> NoReturn:
        if offset >= self.n:
            self.fail("syntax", self.n, "unexpected end of input")
        self.fail("syntax", offset, f"unexpected byte 0x{self.data[offset]:02x}")

    # -- driver ---------------------------------------------------------------------------

    def run(self) -> Parsed:
        data, stack, tokens = self.data, self.stack, self.tokens
        pos = self.skip_ws(0)
        while True:
            # A value begins at pos.
            if pos >= self.n:
                self.syntax(pos)
            if len(tokens) <= OFFSET_DEPTH:
                self.offsets[tuple(tokens)] = pos
            byte = data[pos]
            value: JSONValue
            if byte == _LBRACE or byte == _LBRACKET:
                if len(stack) >= self.limits.max_depth:
                    self.fail("depth_exceeded", pos, f"nesting deeper than max_depth {self.limits.max_depth}")
                frame = _Frame({} if byte == _LBRACE else [], byte == _LBRACE)
                stack.append(frame)
                pos = self.skip_ws(pos + 1)
                close = _RBRACE if frame.is_object else _RBRACKET
                if pos < self.n and data[pos] == close:
                    stack.pop()
                    value, pos = frame.container, pos + 1
                elif frame.is_object:
                    pos = self.member_name(pos, frame)
                    continue
                else:
                    if pos < self.n:
                        tokens.append("0")
                    continue
            elif byte == _QUOTE:
                value, pos = self.string(pos)
            elif byte in _LITERALS:
                value, pos = self.literal(pos)
            elif byte == _MINUS or _ZERO <= byte <= _ZERO + 9:
                value, pos = self.number(pos)
            else:
                self.syntax(pos)

            # A value ended at pos: attach it to its container, then find the next value.
            while True:
                if not stack:
                    pos = self.skip_ws(pos)
                    if pos < self.n:
                        self.syntax(pos)
                    return Parsed(value, self.offsets)
                frame = stack[-1]
                tokens.pop()
                if frame.is_object:
                    frame.container[frame.name] = value  # type: ignore[index]
                else:
                    frame.container.append(value)  # type: ignore[union-attr]
                pos = self.skip_ws(pos)
                if pos >= self.n:
                    self.syntax(pos)
                byte = data[pos]
                if byte == _COMMA:
                    pos = self.skip_ws(pos + 1)
                    if frame.is_object:
                        pos = self.member_name(pos, frame)
                    elif pos < self.n:
                        tokens.append(str(len(frame.container)))
                    break
                if byte == (_RBRACE if frame.is_object else _RBRACKET):
                    stack.pop()
                    value, pos = frame.container, pos + 1
                    continue
                self.syntax(pos)

    # -- pieces ---------------------------------------------------------------------------

    def skip_ws(self, pos: int) -> int:
        if pos < self.n and self.data[pos] not in _WS_BYTES:
            return pos
        return _WS.match(self.data, pos).end()  # type: ignore[union-attr]

    def member_name(self, pos: int, frame: _Frame) -> int:
        """Reads ``"name" :`` at pos; returns the position of the member's value."""
        if pos >= self.n or self.data[pos] != _QUOTE:
            self.syntax(pos)
        name, end = self.string(pos)
        self.tokens.append(name)
        if name in frame.container:
            self.fail("duplicate_key", pos, f"duplicate member name {name!r}")
        frame.name = name
        end = self.skip_ws(end)
        if end >= self.n or self.data[end] != _COLON:
            self.syntax(end)
        return self.skip_ws(end + 1)

    def literal(self, pos: int) -> tuple[JSONValue, int]:
        text, value = _LITERALS[self.data[pos]]
        for index, expected in enumerate(text):
            if pos + index >= self.n or self.data[pos + index] != expected:
                self.syntax(pos + index)
        return value, pos + len(text)

    def number(self, start: int) -> tuple[float, int]:
        """Scans the longest valid number at start; range rules apply once it has ended."""
        data, n = self.data, self.n
        whole = _NUMBER.match(data, start)
        if whole is not None and (whole.end() >= n or data[whole.end()] not in b".eE"):
            pos = whole.end()  # fast path: a complete number, not cut short before . e E
        else:
            pos = self.scan_number(start)
        literal = data[start:pos].decode("ascii")
        reason = numbers.out_of_range_reason(literal)
        if reason is not None:
            self.fail("number_out_of_range", start, reason)
        return numbers.to_double(literal), pos

    def scan_number(self, start: int) -> int:
        """The end of the number at start, or the syntax fault in it."""
        data, n = self.data, self.n
        pos = start + 1 if data[start] == _MINUS else start
        if pos >= n:
            self.syntax(pos)
        if data[pos] == _ZERO:
            pos += 1
        elif _ZERO < data[pos] <= _ZERO + 9:
            pos = _DIGITS.match(data, pos).end()  # type: ignore[union-attr]
        else:
            self.syntax(pos)
        if pos < n and data[pos] == _DOT:
            pos = self.digits(pos + 1)
        if pos < n and data[pos] in b"eE":
            pos += 1
            if pos < n and data[pos] in b"+-":
                pos += 1
            pos = self.digits(pos)
        return pos

    def digits(self, pos: int) -> int:
        """One or more digits at pos; returns the position after them."""
        if pos >= self.n or not _ZERO <= self.data[pos] <= _ZERO + 9:
            self.syntax(pos)
        return _DIGITS.match(self.data, pos).end()  # type: ignore[union-attr]

    def string(self, quote: int) -> tuple[str, int]:
        """Scans the string whose opening quote is at ``quote``; returns it and the position
        after its closing quote.

        A high-surrogate escape must be followed at once by a ``\\u`` escape of a low
        surrogate. Another character or escape (or the closing quote) right after it makes it
        lone at once; the end of the input is syntax; when a ``\\u`` follows, its four hex
        digits are checked for syntax first (spec §6.2).
        """
        data, n, limit = self.data, self.n, self.limits.max_string_bytes
        simple = _SIMPLE_STRING.match(data, quote)
        if simple is not None and simple.end() - quote - 2 <= limit:
            return simple.group(1).decode("utf-8"), simple.end()  # fast path: no escapes
        parts: list[str] = []
        size = 0  # unescaped UTF-8 length so far
        high: int | None = None  # offset of a high-surrogate escape awaiting its low half
        high_unit = 0
        pos = quote + 1
        while True:
            if high is not None:  # only "\\u" may follow a high surrogate escape
                if pos >= n:
                    self.syntax(pos)
                if data[pos] != _BACKSLASH:
                    self.lone_surrogate(high)
                if pos + 1 >= n:
                    self.syntax(pos + 1)
                if data[pos + 1] != ord("u"):
                    self.lone_surrogate(high)
            run = _PLAIN.match(data, pos)
            if run is not None:
                size += run.end() - pos
                if size > limit:
                    self.too_long(quote, limit)
                parts.append(data[pos : run.end()].decode("utf-8"))
                pos = run.end()
            if pos >= n:
                self.syntax(pos)
            byte = data[pos]
            if byte == _QUOTE:
                return "".join(parts), pos + 1
            if byte != _BACKSLASH:  # a control character
                self.syntax(pos)
            if pos + 1 >= n:
                self.syntax(pos + 1)
            kind = data[pos + 1]
            if kind in _SIMPLE_ESCAPES:
                parts.append(_SIMPLE_ESCAPES[kind])
                size += 1
            elif kind == ord("u"):
                for index in range(pos + 2, pos + 6):
                    if index >= n or data[index] not in _HEX:
                        self.syntax(index)
                unit = int(data[pos + 2 : pos + 6], 16)
                if high is not None:
                    if not 0xDC00 <= unit <= 0xDFFF:
                        self.lone_surrogate(high)
                    parts.append(chr(0x10000 + ((high_unit - 0xD800) << 10) + (unit - 0xDC00)))
                    size += 4
                    high = None
                elif 0xD800 <= unit <= 0xDBFF:
                    high, high_unit = pos, unit
                elif 0xDC00 <= unit <= 0xDFFF:
                    self.lone_surrogate(pos)
                else:
                    parts.append(chr(unit))
                    size += 1 if unit < 0x80 else 2 if unit < 0x800 else 3
                pos += 4
            else:
                self.syntax(pos + 1)
            pos += 2
            if size > limit:
                self.too_long(quote, limit)

    def lone_surrogate(self, offset: int) -> NoReturn:
        self.fail("invalid_unicode", offset, "\\u escape of a lone surrogate")

    def too_long(self, quote: int, limit: int) -> NoReturn:
        self.fail("too_large", quote, f"string longer than max_string_bytes {limit} once unescaped")

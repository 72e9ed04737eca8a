#!/usr/bin/env python3
"""Differential test of `canonicalize` against the `rfc8785` package of PyPI.

    python3 scripts/differential.py [--seed S] [--count N] [--binary PATH]

Generates N random JSON values from seed S (hostile strings and numbers, nested arrays and
objects), writes each as JSON text with random whitespace, escaping, member order and number
spelling, sends all of them to one `response-codec testee` process (operation canonicalize,
spec/conformance.md §3), and compares each answer byte for byte with `rfc8785.dumps` of the
same value. The same seed always gives the same documents. A mismatch is reported with the
smallest failing value found by shrinking, and the script exits 1.

Needs `pip install rfc8785`. Without --binary it builds the CLI with
`swift build -c release --product response-codec`.
"""

import argparse
import base64
import json
import math
import os
import random
import struct
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

try:
    import rfc8785
except ImportError:  # pragma: no cover - reported to the user
    sys.exit("scripts/differential.py needs the rfc8785 package: python3 -m pip install rfc8785")

# Characters that parsers and canonicalizers get wrong: every control character, the two that
# must be escaped, the solidus, DEL, line and paragraph separators, a BOM, noncharacters,
# private use, combining marks (NFC/NFD pairs), and supplementary characters whose UTF-16 order
# differs from their code point order against U+E000...U+FFFF.
HOSTILE_CHARACTERS = (
    [chr(c) for c in range(0x20)]
    + ['"', "\\", "/", "\x7f", "\x80", "\xa0", "\xff", "\u0100", "\u0301", "e", "\xe9", "A", "\u030a",
       "\xc5", "\u212b", "\u2028", "\u2029", "\ufeff", "\ufdd0", "\ufdef", "\ufffe", "\uffff", "\ue000",
       "\uf8ff", "\ud7ff", "\U00010000", "\U0001f600", "\U0001fffe", "\U0010fffd", "\U0010ffff", "~", " "]
)
ASCII = [chr(c) for c in range(0x20, 0x7F)]
SHORT_ESCAPES = {"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\"}
WHITESPACE = [" ", "\t", "\n", "\r"]
MAX_SAFE = 2**53 - 1


def random_string(rng, max_length=12):
    length = rng.choice([0, 1, 1, 2, 3, 5, 8, max_length, rng.randrange(max_length + 1)])
    pool = HOSTILE_CHARACTERS if rng.random() < 0.7 else ASCII
    return "".join(rng.choice(pool) for _ in range(length))


def random_double(rng):
    kind = rng.randrange(10)
    if kind == 0:  # any bit pattern but NaN and the infinities
        while True:
            value = struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
            if math.isfinite(value):
                return value
    if kind == 1:  # subnormal
        return struct.unpack("<d", rng.getrandbits(52).to_bytes(8, "little"))[0] * rng.choice([1, -1])
    if kind == 2:  # powers of ten around the switches to exponent form (1e-7, 1e21)
        return float(f"{rng.choice(['1', '9', '1.5', '123456789'])}e{rng.randrange(-30, 30)}")
    if kind == 3:  # integers near 2^53 and beyond, as doubles
        return float(rng.choice([1, -1]) * (2**53 + rng.randrange(-4, 5)) * 2 ** rng.randrange(0, 20))
    if kind == 4:  # small integers, zeros
        return float(rng.choice([0, -0.0, 1, -1, 30, 299, 300, 599, 600, rng.randrange(-10**6, 10**6)]))
    if kind == 5:  # extremes
        return rng.choice([5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
                           1.7976931348623157e308, -1.7976931348623157e308, 0.1, 0.2, 0.3, 1 / 3])
    if kind == 6:  # short decimals
        return round(rng.uniform(-1000, 1000), rng.randrange(0, 8))
    return rng.uniform(-1, 1) * 10 ** rng.randrange(-320, 308)


def random_value(rng, depth=0):
    kind = rng.randrange(10) if depth < 5 else rng.randrange(6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind in (2, 3):
        return random_double(rng)
    if kind in (4, 5):
        return random_string(rng)
    if kind in (6, 7):
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(5))]
    members = {}
    for _ in range(rng.randrange(6)):
        members[random_string(rng, 6)] = random_value(rng, depth + 1)
    return members


def write_string(rng, text):
    out = ['"']
    for char in text:
        code = ord(char)
        roll = rng.random()
        if char in SHORT_ESCAPES and (code < 0x20 or char in '"\\' or roll < 0.5):
            out.append(SHORT_ESCAPES[char] if roll < 0.7 or char in '"\\' else f"\\u{code:04x}")
        elif code < 0x20 or roll < 0.15:
            if code > 0xFFFF:
                high = 0xD800 + ((code - 0x10000) >> 10)
                low = 0xDC00 + ((code - 0x10000) & 0x3FF)
                out.append(f"\\u{high:04X}\\u{low:04x}" if rng.random() < 0.5 else f"\\u{high:04x}\\u{low:04X}")
            else:
                out.append(f"\\u{code:04X}" if rng.random() < 0.5 else f"\\u{code:04x}")
        elif char == "/" and roll < 0.5:
            out.append("\\/")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def decimal_parts(value, exact):
    """(digits, exponent) with |value| == int(digits) * 10**exponent and no trailing zero in digits:
    the shortest round-trip digits (Python's repr), or the exact binary value when `exact`."""
    if exact:
        _, digit_tuple, exponent = Decimal(abs(value)).as_tuple()
        digits = "".join(map(str, digit_tuple))
    else:
        mantissa, _, exp = repr(abs(value)).partition("e")
        whole, _, fraction = mantissa.partition(".")
        digits = whole + fraction
        exponent = int(exp or 0) - len(fraction)
    digits = digits.lstrip("0") or "0"
    stripped = digits.rstrip("0") or "0"
    return stripped, exponent + len(digits) - len(stripped)


def write_number(rng, value):
    """A literal that denotes exactly the decimal `value` is: the same digits written another way."""
    if value == 0:
        zero = rng.choice(["0", "0.0", "0e0", "0E+5", "0.000e-10"])
        return ("-" if math.copysign(1, value) < 0 else "") + zero
    sign = "-" if value < 0 else ""
    digits, exponent = decimal_parts(value, exact=rng.random() < 0.1)
    pad = rng.choice([0, 0, 1, 3])  # trailing zeros do not change the value
    digits += "0" * pad
    exponent -= pad
    point = rng.randrange(0, len(digits) + 1)  # how many digits stand before the point
    shown_exponent = exponent + len(digits) - point
    literal = (digits[:point].lstrip("0") or "0") + ("." + digits[point:] if point < len(digits) else "")
    if shown_exponent != 0 or rng.random() < 0.3:
        marker = rng.choice(["e", "E"])
        exponent_sign = "-" if shown_exponent < 0 else rng.choice(["", "+"])
        literal += f"{marker}{exponent_sign}{'0' * rng.choice([0, 0, 2])}{abs(shown_exponent)}"
    elif "." not in literal and abs(value) > MAX_SAFE:
        # An integer literal above 2^53 - 1 must be the ECMAScript form (response-format.md §5.4 c).
        literal = rfc8785.dumps(abs(value)).decode()
    return sign + literal


def write_value(rng, value):
    space = lambda: "".join(rng.choice(WHITESPACE) for _ in range(rng.choice([0, 0, 0, 1, 2])))
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float):
        return write_number(rng, value)
    if isinstance(value, str):
        return write_string(rng, value)
    if isinstance(value, list):
        if not value:
            return "[" + space() + "]"
        return "[" + ",".join(space() + write_value(rng, item) + space() for item in value) + "]"
    items = list(value.items())
    rng.shuffle(items)
    if not items:
        return "{" + space() + "}"
    return "{" + ",".join(
        space() + write_string(rng, key) + space() + ":" + space() + write_value(rng, item) + space()
        for key, item in items) + "}"


def build():
    print("==> swift build -c release --product response-codec", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "response-codec"], cwd=ROOT, check=True)
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "response-codec")


def canonicalize_all(binary, inputs):
    """The testee's answer for each input: ('ok', bytes) or ('error', 'code at pointer')."""
    lines = []
    for index, data in enumerate(inputs):
        request = {"id": str(index), "input_b64": base64.b64encode(data).decode(), "op": "canonicalize"}
        lines.append(json.dumps(request, separators=(",", ":"), sort_keys=True))
    result = subprocess.run([binary, "testee"], input=("\n".join(lines) + "\n").encode(), capture_output=True,
                            check=True)
    answers = {}
    for line in result.stdout.decode().splitlines():
        response = json.loads(line)
        if response.get("ok"):
            answers[response["id"]] = ("ok", base64.b64decode(response["output_b64"]))
        else:
            answers[response["id"]] = ("error", f"{response.get('code')} at {response.get('pointer')!r} "
                                                f"offset {response.get('offset')}")
    return [answers.get(str(index), ("error", "no answer")) for index in range(len(inputs))]


def shrink_candidates(value):
    """Smaller values to try in place of `value`."""
    if isinstance(value, (list, dict)):
        yield from (value.values() if isinstance(value, dict) else value)  # a child in its place
    if isinstance(value, list):
        for index in range(len(value)):
            yield value[:index] + value[index + 1:]
        for index, item in enumerate(value):
            for smaller in shrink_candidates(item):
                yield value[:index] + [smaller] + value[index + 1:]
    elif isinstance(value, dict):
        for key in value:
            yield {k: v for k, v in value.items() if k != key}
        for key, item in value.items():
            for smaller in shrink_candidates(item):
                yield {**value, key: smaller}
    elif isinstance(value, str) and value:
        yield value[: len(value) // 2]
        yield value[len(value) // 2:]
        for index in range(len(value)):
            yield value[:index] + value[index + 1:]


def shrink(binary, value, seed):
    """The smallest value (with its text) that still mismatches, written with the same seed.
    Each step sends every candidate one step smaller in one batch and keeps the first failure."""
    def text_of(candidate):
        return write_value(random.Random(seed), candidate).encode()

    for _ in range(200):
        candidates = list(shrink_candidates(value))
        if not candidates:
            break
        answers = canonicalize_all(binary, [text_of(candidate) for candidate in candidates])
        failing = [c for c, answer in zip(candidates, answers) if answer != ("ok", rfc8785.dumps(c))]
        if not failing:
            break
        value = failing[0]
    return value, text_of(value)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=8785)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--binary", help="a built response-codec (skips the build)")
    args = parser.parse_args()
    binary = args.binary or build()

    started = time.monotonic()
    master = random.Random(args.seed)
    seeds = [master.getrandbits(64) for _ in range(args.count)]
    values, inputs = [], []
    for seed in seeds:
        rng = random.Random(seed)
        value = random_value(rng)
        values.append(value)
        inputs.append(write_value(random.Random(seed), value).encode())
    answers = canonicalize_all(binary, inputs)

    mismatches = 0
    for index, (value, data, answer) in enumerate(zip(values, inputs, answers)):
        expected = rfc8785.dumps(value)
        if answer == ("ok", expected):
            continue
        mismatches += 1
        if mismatches <= 5:
            small, text = shrink(binary, value, seeds[index])
            got = canonicalize_all(binary, [text])[0]
            print(f"MISMATCH document {index} (seed {seeds[index]}):")
            print(f"  input     {text!r}")
            print(f"  rfc8785   {rfc8785.dumps(small)!r}")
            print(f"  response-codec {got[0]}: {got[1]!r}")
    elapsed = time.monotonic() - started
    size = sum(map(len, inputs))
    print(f"differential: seed {args.seed}, {args.count} documents ({size} bytes), "
          f"{mismatches} mismatch(es), {elapsed:.1f}s")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env bash
# Builds the bench's simdjson helper (simdjson-helper.cpp) with g++ against Debian's
# libsimdjson-dev, outside SwiftPM:
#
#     scripts/bench-peers/build-simdjson-helper.sh [OUTPUT]
#
# OUTPUT defaults to .build-peers/simdjson-helper; it is rebuilt only when the source is newer.
# Exits 3, saying so, when libsimdjson-dev is not installed
# (apt-get install libsimdjson-dev), so that the bench can skip its rows.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
output="${1:-$here/../../.build-peers/simdjson-helper}"
source="$here/simdjson-helper.cpp"

if ! pkg-config --exists simdjson 2>/dev/null && [ ! -f /usr/include/simdjson.h ]; then
    echo "libsimdjson-dev is not installed (apt-get install libsimdjson-dev)" >&2
    exit 3
fi
if [ -x "$output" ] && [ "$output" -nt "$source" ] && [ "$output" -nt "$0" ]; then
    exit 0
fi
mkdir -p "$(dirname "$output")"
flags="$(pkg-config --cflags --libs simdjson 2>/dev/null || echo -lsimdjson)"
# shellcheck disable=SC2086 # flags are words
g++ -std=c++17 -O3 -DNDEBUG -o "$output.tmp" "$source" $flags
mv "$output.tmp" "$output"

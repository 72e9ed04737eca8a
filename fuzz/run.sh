#!/usr/bin/env bash
# Fuzzes ResponseCodec's decoder and canonicalizer with libFuzzer for SECONDS seconds.
#
#   bash fuzz/run.sh [SECONDS]            (default 60)
#
# Builds the library sources and fuzz/FuzzTarget.swift with -sanitize=fuzzer,address into
# fuzz/.build/, seeds the working corpus fuzz/corpus-work/ from golden/ (the committed seed
# corpus; also from ../shared/vectors/json-test-suite/test_parsing when it exists), and runs.
# A crash, a sanitizer report or a broken invariant (see FuzzTarget.swift) writes its input to
# fuzz/artifacts/ and makes the script exit non-zero. FUZZ_JOBS=N runs N workers in parallel.
# Replay one input: fuzz/.build/fuzz-response-codec fuzz/artifacts/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
jobs="${FUZZ_JOBS:-1}"
build=fuzz/.build
binary="$build/fuzz-response-codec"
corpus=fuzz/corpus-work
artifacts=fuzz/artifacts
mkdir -p "$build" "$corpus" "$artifacts"

library_sources=()
while IFS= read -r -d '' file; do library_sources+=("$file"); done \
    < <(find Sources/ResponseCodec -name '*.swift' -print0 | sort -z)

# Rebuild when the binary is missing or older than a source, the target or this script.
if [[ ! -x "$binary" ]] || [[ -n "$(find Sources/ResponseCodec fuzz/FuzzTarget.swift fuzz/run.sh \
    -newer "$binary" -name '*.s[wh]*' -print -quit)" ]]; then
    echo "==> building $binary"
    flags=(-O -g -sanitize=fuzzer,address -parse-as-library -swift-version 6)
    # The library as its own module, so the target sees only its public API (its `package`
    # symbols are for the conformance harness, which shares the package name).
    swiftc "${flags[@]}" -module-name ResponseCodec -package-name ResponseCodec -wmo -num-threads 0 \
        -emit-module -emit-module-path "$build/ResponseCodec.swiftmodule" \
        -emit-object -o "$build/ResponseCodec.o" "${library_sources[@]}"
    swiftc "${flags[@]}" -module-name FuzzTarget -I "$build" \
        fuzz/FuzzTarget.swift "$build/ResponseCodec.o" -lm -o "$binary"
fi

# The committed seed corpus is golden/: every document, valid and invalid.
find golden -name '*.json' ! -name manifest.json -exec cp -n -t "$corpus" {} +
suite=../shared/vectors/json-test-suite/test_parsing
if [[ -d "$suite" ]]; then cp -n -t "$corpus" "$suite"/*.json; fi

echo "==> fuzzing for ${seconds}s with $jobs job(s); corpus $corpus ($(ls "$corpus" | wc -l) files)"
options=(
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536
    -dict=fuzz/json.dict -artifact_prefix="$artifacts/" -print_final_stats=1
)
if [[ "$jobs" -gt 1 ]]; then
    options+=(-fork="$jobs" -ignore_crashes=0)
fi
"$binary" "${options[@]}" "$corpus"

#!/usr/bin/env bash
# Checks with the compiler that Sources/ResponseCodec uses only standard-library API available
# on the Apple platforms that Package.swift declares, without an Apple SDK.
#
# The Linux toolchain's Swift.swiftinterface carries the stdlib's Apple @available annotations.
# For each platform this compiles that interface into a Swift module for the platform's oldest
# supported target (dropping its one @backDeployed, which a non-Apple build can't lower), then
# type-checks the library against it with the same -target: every use of newer API that no
# `if #available` or `@available` guards is an error. A probe that uses API newer than the
# 26 releases (EncodingError's debugDescription, 26.4) unguarded must fail on every platform,
# so a module that lost its annotations can't pass silently.
#
# Filtered out: "broken standard library: cannot find intrinsic operations on
# UnsafeMutablePointer<T>", which the interface-built module reports for implicit pointer
# conversions (the intrinsics live in the Linux binary module, not the interface). Every other
# error fails the check.
#
# Usage: scripts/check-availability.sh [platform...]   (default: all; names as in the table)
# The compiled modules are kept in .build/availability, keyed by the interface's checksum
# (about 35 s of CPU each to build; two at a time).
set -euo pipefail
cd "$(dirname "$0")/.."

# name, deployment target, triple (x86_64: the Linux interface is an x86_64 one).
platforms=(
    "macOS      26.0 x86_64-apple-macosx26.0"
    "iOS        26.0 x86_64-apple-ios26.0-simulator"
    "tvOS       26.0 x86_64-apple-tvos26.0-simulator"
    "watchOS    26.0 x86_64-apple-watchos26.0-simulator"
    "visionOS   26.0 x86_64-apple-xros26.0-simulator"
)

swiftc=$(command -v swiftc)
bin=$(dirname "$(readlink -f "$swiftc")")
frontend="$bin/swift-frontend"
resource=$("$swiftc" -print-target-info | python3 -c 'import json,sys; print(json.load(sys.stdin)["paths"]["runtimeResourcePath"])')
arch=$(uname -m)
interface="$resource/linux/Swift.swiftmodule/$arch-unknown-linux-gnu.swiftinterface"
if [[ ! -f $interface ]]; then
    echo "check-availability: no Linux Swift.swiftinterface at $interface" >&2
    exit 2
fi
if [[ $arch != x86_64 ]]; then
    echo "check-availability: this toolchain's interface is for $arch; the triples here are x86_64" >&2
    exit 2
fi

key=$(sha256sum "$interface" | cut -c1-16)
cache=".build/availability/$key"
mkdir -p "$cache"
sources=()
while IFS= read -r file; do sources+=("$file"); done < <(find Sources/ResponseCodec -name '*.swift' | sort)

selected=("$@")
wanted() {
    [[ ${#selected[@]} -eq 0 ]] && return 0
    local name
    for name in "${selected[@]}"; do [[ $name == "$1" ]] && return 0; done
    return 1
}

# A stand-in SDK: only its SDKSettings.json, which the compiler reads for the visionOS version
# of each iOS version (visionOS inherits iOS availability where it has none of its own).
make_sdk() { # dir platform version
    local dir=$1 platform=$2 version=$3 canonical map=""
    case $platform in
        macOS) canonical=macosx ;;
        iOS) canonical=iphonesimulator ;;
        tvOS) canonical=appletvsimulator ;;
        watchOS) canonical=watchsimulator ;;
        visionOS)
            canonical=xrsimulator
            map=',
  "VersionMap": {
    "iOS_xrOS": {"17.0": "1.0", "17.4": "1.1", "17.5": "1.2", "18.0": "2.0", "18.1": "2.1",
                 "18.2": "2.2", "18.3": "2.3", "18.4": "2.4", "18.5": "2.5", "26.0": "26.0"},
    "xrOS_iOS": {"1.0": "17.0", "1.1": "17.4", "1.2": "17.5", "2.0": "18.0", "2.1": "18.1",
                 "2.2": "18.2", "2.3": "18.3", "2.4": "18.4", "2.5": "18.5", "26.0": "26.0"}
  }'
            ;;
    esac
    mkdir -p "$dir"
    cat >"$dir/SDKSettings.json" <<EOF
{
  "CanonicalName": "$canonical$version",
  "DisplayName": "$platform $version (availability check stand-in)",
  "Version": "$version",
  "MaximumDeploymentTarget": "26.99"$map
}
EOF
}

# Builds $cache/<platform>/Swift.swiftmodule from the interface, unless it is there already.
build_module() { # platform version triple
    local platform=$1 version=$2 triple=$3 dir="$cache/$1"
    [[ -f $dir/Swift.swiftmodule ]] && return 0
    make_sdk "$dir/sdk" "$platform" "$version"
    # The interface's own flags name its Linux target and -O; the module must be for the Apple
    # target, and -Onone halves the time without changing a declaration or its availability.
    sed -e '/^@backDeployed(/d' \
        -e "1,5s/-target $arch-unknown-linux-gnu/-target $triple/" \
        -e '1,5s/ -O / -Onone /' "$interface" >"$dir/Swift.swiftinterface"
    if ! "$frontend" -compile-module-from-interface -module-name Swift -parse-stdlib \
        -target "$triple" -sdk "$dir/sdk" "$dir/Swift.swiftinterface" -I "$resource/shims" \
        -o "$dir/Swift.swiftmodule.partial" >"$dir/build.log" 2>&1; then
        echo "check-availability: building Swift for $triple failed:" >&2
        grep -m 20 'error:' "$dir/build.log" >&2 || tail -n 20 "$dir/build.log" >&2
        return 1
    fi
    mv "$dir/Swift.swiftmodule.partial" "$dir/Swift.swiftmodule"
}

# Type-checks files against the platform's module; prints the compiler's errors, less the
# spurious ones, one per line (with its source line), and returns how many there were.
typecheck() { # platform triple out-file swiftc-args...
    local platform=$1 triple=$2 out=$3
    shift 3
    "$swiftc" -typecheck -wmo -swift-version 6 -target "$triple" -sdk "$cache/$platform/sdk" \
        -I "$cache/$platform" -I "$resource/shims" \
        -Xfrontend -disable-implicit-concurrency-module-import \
        -Xfrontend -disable-implicit-string-processing-module-import \
        "$@" >"$out.log" 2>&1 || true
    grep -E "$error_line" "$out.log" | grep -v "$spurious_error" >"$out" || true
}

# A diagnostic's first line (a file's, the driver's or one without a location), not the source
# excerpt under it, whose lines start with a line number and a bar, or with spaces.
error_line='^(([^ |]+:[0-9]+:[0-9]+|<unknown>:0): )?error: '
spurious_error='error: broken standard library: cannot find intrinsic operations on UnsafeMutablePointer'

failed=0
pending=()
jobs_max=$(nproc 2>/dev/null || echo 2)
for row in "${platforms[@]}"; do
    read -r platform version triple <<<"$row"
    wanted "$platform" || continue
    pending+=("$row")
    build_module "$platform" "$version" "$triple" &
    while (($(jobs -rp | wc -l) >= jobs_max)); do wait -n || failed=1; done
done
while (($(jobs -rp | wc -l) > 0)); do wait -n || failed=1; done
if ((failed)); then exit 1; fi
if ((${#pending[@]} == 0)); then
    echo "check-availability: no platform named ${selected[*]}" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
probe="$work/probe.swift"
printf '%s\n' 'func probe(_ error: EncodingError) -> String { error.debugDescription }' >"$probe"

for row in "${pending[@]}"; do
    read -r platform version triple <<<"$row"
    typecheck "$platform" "$triple" "$work/probe" -module-name Probe "$probe"
    if ! grep -q "'debugDescription' is only available in" "$work/probe"; then
        echo "FAIL $platform $version: the probe's unguarded EncodingError.debugDescription was not reported;"
        echo "     this module does not carry the stdlib's availability (see $work/probe.log)"
        cat "$work/probe.log"
        failed=1
        continue
    fi
    for variant in normal; do
        out="$work/$platform-$variant"
        typecheck "$platform" "$triple" "$out" -module-name ResponseCodec -package-name ResponseCodec "${sources[@]}"
        spurious=$(grep -E "$error_line" "$out.log" | grep -c "$spurious_error" || true)
        errors=$(wc -l <"$out")
        printf '%-4s %-8s %-5s %-8s %3d errors (%d spurious filtered)\n' \
            "$( ((errors == 0)) && echo ok || echo FAIL)" "$platform" "$version" "$variant" \
            "$errors" "$spurious"
        if ((errors > 0)); then
            sed 's/^/     /' "$out"
            failed=1
        fi
    done
done
exit "$failed"

#!/usr/bin/env bash
# Builds the ResponseCodec documentation with the toolchain's own docc (no plugin: the package
# has no dependencies), and fails on any warning or on a public symbol without a doc comment.
#
#   scripts/build-docs.sh [OUTPUT]    (default: .build-docs/ResponseCodec.doccarchive)
#
# 1. swift build --target ResponseCodec, emitting the symbol graph (its own scratch path, so
#    that the extra compiler flags don't rebuild the library in .build);
# 2. docc convert of Sources/ResponseCodec/ResponseCodec.docc with that graph, --analyze;
# 3. scripts/check-doc-comments.py over the graph.
#
# To read the result: docc preview, or serve the archive's folder over HTTP, e.g.
#   python3 -m http.server --directory .build-docs/ResponseCodec.doccarchive 8000
# and open http://localhost:8000/documentation/responsecodec
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=.build-docs
graphs="$scratch/symbol-graphs"
output=${1:-$scratch/ResponseCodec.doccarchive}
docc=$(dirname "$(readlink -f "$(command -v swift)")")/docc
[[ -x $docc ]] || docc=$(command -v docc)

# The graph is written when the library is compiled; an up-to-date build leaves the last one.
build() {
    mkdir -p "$graphs"
    swift build --target ResponseCodec --scratch-path "$scratch" \
        -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$graphs"
}
build
if [[ ! -f $graphs/ResponseCodec.symbols.json ]]; then
    rm -rf "$scratch"
    build
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$docc" convert Sources/ResponseCodec/ResponseCodec.docc \
    --additional-symbol-graph-dir "$graphs" --analyze \
    --fallback-display-name ResponseCodec \
    --fallback-bundle-identifier com.cloudblue.connect.ResponseCodec \
    --output-path "$output" 2>&1 | tee "$log"
warnings=$(grep -cE '(^|: )(warning|error):' "$log" || true)
if ((warnings > 0)); then
    echo "build-docs: docc reported $warnings warnings or errors" >&2
    exit 1
fi
echo "build-docs: no docc warnings; the archive is $output"

python3 scripts/check-doc-comments.py "$graphs" ResponseCodec

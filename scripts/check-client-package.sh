#!/usr/bin/env bash
# Builds and runs Tests/ClientPackage: a package that depends on this one by path, as an app
# would, and decodes one document from a [UInt8], an ArraySlice<UInt8>, a Foundation Data, an
# UnsafeRawBufferPointer and a ByteBufferView-like collection, checks that the results (and the
# errors' code, pointer and offset) are equal, and encodes two responses into one buffer
# (issue #16, "Done when"). Exits with the check's status: 0 when every check passes.
#
#   scripts/check-client-package.sh
#
# Its own scratch path (.build-client), so that it never rebuilds the library in .build; the
# client package is not a target of the root package, whose tests don't see it.
set -euo pipefail
cd "$(dirname "$0")/.."

scratch="$PWD/.build-client"
swift build --package-path Tests/ClientPackage --scratch-path "$scratch" --product client-package-check
"$scratch/debug/client-package-check"

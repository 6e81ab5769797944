#!/usr/bin/env bash
# The whole test suite, as the README gives it and CI runs it.
# One release build serves everything: the engines are unusably slow
# unoptimised, and integration tests drive the real `persha` binary.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/npm-install.sh
cargo fmt --all --check
cargo test --release --workspace --locked "$@"

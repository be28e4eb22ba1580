#!/usr/bin/env bash
# Go side of docs/benchmarks.md: crypto/ed25519 Verify and x/crypto/sha3 PoW attempts with the Go toolchain and
# x/crypto that Debian ships (apt-get install -y golang-go golang-golang-x-crypto-dev). GOPATH mode against the
# Debian source tree: no module download, no network.
#   bench/go/run.sh                  # BENCHTIME=2s COUNT=3 by default
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
command -v go >/dev/null 2>&1 || { echo "needs Go: apt-get install -y golang-go golang-golang-x-crypto-dev" >&2; exit 2; }
[ -d /usr/share/gocode/src/golang.org/x/crypto/sha3 ] \
  || { echo "needs x/crypto: apt-get install -y golang-golang-x-crypto-dev" >&2; exit 2; }
export GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= GOCACHE="${GOCACHE:-${TMPDIR:-/tmp}/unikernelz-go-cache}"
go version
exec go test -run '^$' -bench . -benchtime "${BENCHTIME:-2s}" -count "${COUNT:-3}" .

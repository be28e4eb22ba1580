#!/usr/bin/env bash
# RPC load benchmark (issue 5): starts a devnet on loopback, drives ledger.getFrontierMomentum and
# ledger.getAccountInfoByAddress with wrk (Debian package; installed if missing), prints requests/s and latency.
#   bench/rpc/run.sh [DURATION_SECONDS] [CONNECTIONS] [THREADS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION="${1:-20}"; CONNECTIONS="${2:-32}"; THREADS="${3:-2}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
DATA="$(mktemp -d)"; PORT=46997; WS=46998
trap 'kill "$NODE" 2>/dev/null || true; wait "$NODE" 2>/dev/null || true; rm -rf "$DATA"' EXIT
"$ROOT/unikernel-z" devnet --data "$DATA/devnet" --http-port "$PORT" --ws-port "$WS" > "$DATA/node.out" 2>&1 &
NODE=$!
for _ in $(seq 1 120); do
  curl -s -m 1 "http://127.0.0.1:$PORT/" -H 'content-type: application/json' \
    -d '{"jsonrpc":"2.0","id":1,"method":"ledger.getFrontierMomentum","params":[]}' | grep -q '"result"' && break
  sleep 0.5
done
ADDRESS="$(grep -m1 -A1 'funded accounts  :' "$DATA/node.out" | tail -1 | tr -d ' ')"
echo "machine: $(lscpu | sed -n 's/^Model name: *//p') ($(nproc) cores), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "wrk: ${DURATION}s, ${CONNECTIONS} connections, ${THREADS} threads, against 127.0.0.1:${PORT}"
for method in frontier accountinfo; do
  case $method in
    frontier) body='{"jsonrpc":"2.0","id":1,"method":"ledger.getFrontierMomentum","params":[]}' ;;
    accountinfo) body="{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ledger.getAccountInfoByAddress\",\"params\":[\"$ADDRESS\"]}" ;;
  esac
  # short warm-up so the JIT has compiled the request path
  RPC_BODY="$body" wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$ROOT/bench/rpc/post.lua" "http://127.0.0.1:$PORT/" > /dev/null
  printf '%-12s ' "$method"
  RPC_BODY="$body" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/bench/rpc/post.lua" "http://127.0.0.1:$PORT/" | grep '^RESULT'
done

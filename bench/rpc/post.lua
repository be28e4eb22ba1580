-- wrk script: POST one JSON-RPC request, body from the RPC_BODY environment variable; fail loudly on errors.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = os.getenv("RPC_BODY")

local errors = 0
function response(status, headers, body)
  if status ~= 200 or not string.find(body, '"result"', 1, true) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f bad=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

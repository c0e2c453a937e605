-- wrk reporter for the benchmark: one line in the load driver's format (requests/s, p50/p95/p99 in ms, errors,
-- requests). Errors are failed connections, timeouts and any answer other than 200.
local name = os.getenv("ENDPOINT_NAME") or "endpoint"

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  local ok = summary.requests - errors
  io.write(string.format("%-20s %8.0f %8.1f %8.1f %8.1f %7d %9d\n", name, ok / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end

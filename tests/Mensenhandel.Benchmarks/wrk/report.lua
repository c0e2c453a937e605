-- wrk reporter for the benchmark: one line in the load driver's format (requests/s, p50/p95/p99 in ms, errors,
-- requests). An error is a failed connection, a timeout or any answer other than 200 (wrk itself counts a
-- redirect to the login page as a success, so every thread counts the statuses it gets).
local name = os.getenv("ENDPOINT_NAME") or "endpoint"
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
end

function response(status, headers, body)
  if status ~= 200 then not_ok = not_ok + 1 end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local wrong = 0
  for _, thread in ipairs(threads) do wrong = wrong + thread:get("not_ok") end
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local errors = failed + wrong
  io.write(string.format("%-20s %8.0f %8.1f %8.1f %8.1f %7d %9d\n", name, (summary.requests - errors) / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors, summary.requests))
end

-- wrk reporter for the benchmark: one line in the load driver's format (requests/s, p50/p95/p99 in ms, errors,
-- requests). An error is a failed connection, a timeout or any answer other than the expected one (wrk itself
-- counts a redirect to the login page as a success, so every thread counts the statuses it gets): 200, or with
-- FORMS the 302 to the receipt.
--
-- FORMS=<file>: submissions. Each line of the file is one blank melding form fetched beforehand ("cookie header
-- TAB form body", `Mensenhandel.Benchmarks forms`); every request POSTs the next line to /melden, each line once
-- (the threads take alternate lines; THREADS must equal wrk's -t, default 2: wrk runs a thread's init before it
-- sets up the next thread, so no thread can count them itself). A thread that runs out asks for /formulieren-op, which answers 404 and
-- counts as an error, so a run with too few forms shows it. FORWARDED_PROTO adds X-Forwarded-Proto.
local name = os.getenv("ENDPOINT_NAME") or "endpoint"
local forms_file = os.getenv("FORMS")
local forwarded_proto = os.getenv("FORWARDED_PROTO")
local thread_count = tonumber(os.getenv("THREADS") or "2")
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  not_ok = 0
  expected = forms_file and 302 or 200
  if forms_file then
    forms = {}
    local n = 0
    for line in io.lines(forms_file) do
      if n % thread_count == index then table.insert(forms, line) end
      n = n + 1
    end
    next_form = 1
  end
end

if forms_file then
  function request()
    local line = forms[next_form]
    if line == nil then return wrk.format("GET", "/formulieren-op") end
    next_form = next_form + 1
    local tab = line:find("\t", 1, true)
    local headers = { ["Cookie"] = line:sub(1, tab - 1), ["Content-Type"] = "application/x-www-form-urlencoded" }
    if forwarded_proto then headers["X-Forwarded-Proto"] = forwarded_proto end
    return wrk.format("POST", "/melden", headers, line:sub(tab + 1))
  end
end

function response(status, headers, body)
  if status ~= expected then not_ok = not_ok + 1 end
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

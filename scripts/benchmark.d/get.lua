-- wrk script for scripts/benchmark: GETs with the key in BENCH_KEY (if any); prints one machine-readable line.
local key = os.getenv("BENCH_KEY") or ""
function init(args)
  if key ~= "" then wrk.headers["X-API-Key"] = key end
end
local failures = 0
function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then io.stderr:write("HTTP " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n") end
  end
end
function done(summary, latency, requests)
  local errors = summary.errors
  local bad = errors.status + errors.connect + errors.read + errors.write + errors.timeout
  io.write(string.format("RESULT requests_per_s=%.1f p50_ms=%.1f p99_ms=%.1f requests=%d bad=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, bad))
end

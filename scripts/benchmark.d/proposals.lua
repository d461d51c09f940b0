-- wrk script for scripts/benchmark: POSTs varied proposals (rotating partner, country, technology, researchers and
-- funders), counts answers other than 201, and prints one machine-readable line at the end.
-- Environment: BENCH_KEY (X-API-Key), BENCH_PATH (default /api/v1/proposals).
local key = os.getenv("BENCH_KEY") or ""
local path = os.getenv("BENCH_PATH") or "/api/v1/proposals"

local partners = {
  {"Chinese Academy of Sciences", "CN"}, {"Harbin Institute of Technology", "CN"}, {"Universidad de Sevilla", "ES"},
  {"University of Cambridge", "GB"}, {"Universidad Autónoma de Madrid", "ES"}, {"Beihang University", "CN"},
  {"ETH Zurich", "CH"}, {"Massachusetts Institute of Technology", "US"}, {"Sharif University of Technology", "IR"},
  {"Bauman Moscow State Technical University", "RU"}, {"Technische Universität München", "DE"},
  {"National University of Defense Technology", "CN"}
}
local areas = {
  "Flexible electronics for wearable sensors", "Semiconductor lithography", "River pollution monitoring",
  "Digitisation of medieval manuscripts", "Quantum sensing for navigation", "Hypersonic propulsion",
  "Machine learning for protein folding", "Battery chemistry for grid storage", "Autonomous underwater vehicles",
  "Synthetic biology for vaccine production"
}
local programmes = { "", "Recruitment Program of Global Talents", "", "Thousand Talents Plan", "" }
local funders = { {"National Science Foundation", "US"}, {"National Natural Science Foundation of China", "CN"},
  {"European Research Council", "BE"}, {"Wellcome Trust", "GB"} }

local bodies = {}
local thread_id = 0
local counter = 0

function setup(thread)
  thread:set("id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  for i = 0, 239 do
    local p = partners[(i % #partners) + 1]
    local area = areas[(math.floor(i / #partners) % #areas) + 1]
    local programme = programmes[(i % #programmes) + 1]
    local funder = funders[(i % #funders) + 1]
    local talent = programme == "" and "[]" or ('["' .. programme .. '"]')
    bodies[#bodies + 1] = string.format(
      '{"institution":"%s","country":"%s","technologyArea":"%s","title":"Benchmark proposal %d",' ..
      '"description":"A joint project on %s.","reference":"BENCH-%d-%d",' ..
      '"researchers":[{"name":"Researcher %d","affiliations":["%s"],"talentProgrammes":%s}],' ..
      '"fundingSources":[{"name":"%s","country":"%s"}]}',
      p[1], p[2], area, i, string.lower(area), id or 0, i, i, p[1], talent, funder[1], funder[2])
  end
  wrk.method = "POST"
  wrk.path = path
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-API-Key"] = key
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, bodies[(counter % #bodies) + 1])
end

local failures = 0
function response(status, headers, body)
  if status ~= 201 then
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

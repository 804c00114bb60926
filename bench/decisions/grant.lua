-- wrk script for bench/run.sh decisions: each request grants the next draft from drafts.txt (written by
-- prepare.py); every connection waits PAUSE_MS (default 100) between requests, so -c5 offers just under 50
-- requests/s and bench/run.sh's -c5 with 80 ms about 50.
-- Prints: wrk-report <requests> <seconds> <p50 us> <p95 us> <p99 us> <errors>
local drafts = {}
for line in io.lines(os.getenv("DRAFTS") or "drafts.txt") do drafts[#drafts + 1] = line end
local counter = 0
local threads = {}

setup = function(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

init = function(args)
  counter = 0
end

request = function()
  local index = offset * 100000 + counter
  counter = counter + 1
  local id = drafts[(index % #drafts) + 1]
  return wrk.format("POST", "/api/assessment/decisions/" .. id .. "/grant", { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }, "")
end

local pause = tonumber(os.getenv("PAUSE_MS") or "100")

delay = function()
  return pause
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("wrk-report %d %.3f %d %d %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), e.connect + e.read + e.write + e.timeout + e.status))
end

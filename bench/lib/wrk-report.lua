-- wrk script for bench/run.sh gateway: one machine-readable line when the run ends.
-- wrk-report <requests> <seconds> <p50 us> <p99 us> <errors (socket errors and non-2xx/3xx answers)>
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("wrk-report %d %.3f %d %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout + e.status))
end

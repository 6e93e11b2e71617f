-- Bounded rate for wrk 4 (no -R): each connection waits between requests so that
-- connections x (1000 / delay_ms) is the target rate. Set by scan.sh: RATE_DELAY_MS.
local delay_ms = tonumber(os.getenv("RATE_DELAY_MS") or "20")
function delay()
  return delay_ms
end

-- wrk script for scripts/soak.sh: POSTs the journalist mix (BODIES, files separated by ':') in rotation to /graphql
-- and counts answers by status class; done() prints one RESULT line (5xx count, p50/p99 latency, totals).
local files = {}
for path in string.gmatch(os.getenv("BODIES") or "", "[^:]+") do
  local f = assert(io.open(path, "rb"))
  files[#files + 1] = f:read("*a")
  f:close()
end
assert(#files > 0, "set BODIES to request body files separated by ':'")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"

local threads = {}
setup = function(thread)
  threads[#threads + 1] = thread
end

local i = 0
s2, s4, s5 = 0, 0, 0
request = function()
  i = i % #files + 1
  return wrk.format(nil, "/graphql", nil, files[i])
end

response = function(status)
  if status >= 500 then s5 = s5 + 1 elseif status >= 400 then s4 = s4 + 1 else s2 = s2 + 1 end
end

done = function(summary, latency, requests)
  local t2, t4, t5 = 0, 0, 0
  for _, thread in ipairs(threads) do
    t2 = t2 + thread:get("s2"); t4 = t4 + thread:get("s4"); t5 = t5 + thread:get("s5")
  end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50ms=%.2f p99ms=%.2f ok=%d status4xx=%d status5xx=%d socket_errors=%d timeouts=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    t2, t4, t5, e.connect + e.read + e.write + e.timeout, e.timeout))
end

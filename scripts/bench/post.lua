-- wrk script for the load tests (docs/performance.md): POSTs GraphQL JSON bodies to /graphql.
-- BODIES is a list of files separated by ':'; with one file every request sends it, with several they rotate
-- request by request (the journalist mix). Non-2xx/3xx answers count as errors. done() prints one machine-readable RESULT line for load.sh.
local files = {}
for path in string.gmatch(os.getenv("BODIES") or "", "[^:]+") do
  local f = assert(io.open(path, "rb"))
  files[#files + 1] = f:read("*a")
  f:close()
end
assert(#files > 0, "set BODIES to one or more request body files separated by ':'")

wrk.method = "POST"
wrk.path = os.getenv("GRAPHQL_PATH") or "/graphql"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"

if #files == 1 then
  wrk.body = files[1]
else
  local i = 0
  request = function()
    i = i % #files + 1
    return wrk.format(nil, nil, nil, files[i])
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50us=%d p99us=%d requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99),
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout))
end

-- wrk script: POSTs one GraphQL request (the JSON file given after --) and prints the round as one
-- JSON line. A response with GraphQL "errors" counts as an error even when its status is 200, and so
-- does a timeout (give wrk a --timeout: it leaves timed-out requests out of its percentiles).
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    local file = assert(io.open(args[1], "rb"))
    wrk.method = "POST"
    wrk.body = file:read("*a")
    wrk.headers["Content-Type"] = "application/json"
    wrk.headers["Accept"] = "application/json"
    file:close()
    graphql_errors = 0
end

function response(status, headers, body)
    if status == 200 and body:find('"errors"', 1, true) then
        graphql_errors = graphql_errors + 1
    end
end

function done(summary, latency, requests)
    local graphql = 0
    for _, thread in ipairs(threads) do
        graphql = graphql + thread:get("graphql_errors")
    end
    local errors = summary.errors
    io.write(string.format('{"requests": %d, "seconds": %.3f, "p50_ms": %.2f, "p99_ms": %.2f, "errors": %d}\n',
        summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        errors.connect + errors.read + errors.write + errors.status + errors.timeout + graphql))
end

-- wrk script for bench/proxy/run: POSTs one realistic, non-streaming Chat
-- Completions request (a system prompt and a few turns, about 1.4 KB) and,
-- when wrk finishes, prints one machine-readable line that `run` parses:
--
--   SYBENCH requests=N duration_us=N rps=F errors_connect=N errors_read=N
--           errors_write=N errors_timeout=N non2xx=N p50_us=N p99_us=N ...
--
-- The same script drives the fake upstream directly and the gateway: the
-- model "gpt-4o-mini" is both the upstream's model name and the gateway alias.

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
-- bench/proxy/run --keys on sets a virtual key here.
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("SWITCHYARD_BENCH_KEY") or "sk-bench-client")

wrk.body = [[{"model":"gpt-4o-mini","messages":[{"role":"system","content":"You are Harbor, the support assistant of Northwind Outfitters, an online shop for hiking and camping gear. Only use facts from the conversation and the order data you are given; if something is unknown, say so and offer to open a ticket. Orders ship from Rotterdam within two working days; returns are free within 30 days if the item is unused."},{"role":"user","content":"Hi! I ordered a tent last week (order NW-48213) and it still hasn't arrived. Can you check where it is?"},{"role":"assistant","content":"Of course. Order NW-48213, a Trailhead 2P tent, left our Rotterdam warehouse on Tuesday with DHL, tracking number JD014600003828. The carrier's last scan shows it at the Utrecht depot yesterday evening, so delivery is expected tomorrow before 18:00."},{"role":"user","content":"Great, thanks. If it turns out too small for two people plus backpacks, can I swap it for the 3-person version, and what would the price difference be?"},{"role":"assistant","content":"Yes, an exchange works as long as the tent is unused. The Trailhead 3P costs 289 EUR against 229 EUR for the 2P, so the difference is 60 EUR. Start the exchange from your account page and we send a prepaid label."},{"role":"user","content":"Perfect. One last thing: does the 3P fit in the same footprint groundsheet I bought, or do I need a new one?"}],"temperature":0.2,"max_tokens":256,"stream":false}]]

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "SYBENCH requests=%d duration_us=%d rps=%.1f errors_connect=%d errors_read=%d " ..
    "errors_write=%d errors_timeout=%d non2xx=%d p50_us=%d p90_us=%d p99_us=%d " ..
    "mean_us=%.1f max_us=%d body_bytes=%d\n",
    summary.requests, summary.duration, summary.requests / seconds,
    e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.mean, latency.max, #wrk.body))
end

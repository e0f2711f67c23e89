// Lua shared by the Redis stores' scripts (redis_limit_store.cpp,
// redis_budget_store.cpp) and the admission scripts that do both at once
// (redis_admission.cpp), so the arithmetic is written once. String
// literals, pasted in front of a script's own text.
#pragma once

// Redis's clock (TIME), in ms: every replica's scripts agree on it.
#define SWITCHYARD_LUA_NOW                                               \
  "local function now_ms()\n"                                            \
  "  local t = redis.call('TIME')\n"                                     \
  "  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n" \
  "end\n"

// The bucket arithmetic of InMemoryLimitStore (in_memory_limit_store.cpp):
// level the RPM and TPM buckets up to `now` (ms), and store them back with
// an expiry once they would be full again.
#define SWITCHYARD_LUA_BUCKETS                                            \
  "local function refill(key, rpm, tpm, now)\n"                           \
  "  local s = redis.call('HMGET', key, 'rq', 'tk', 'at')\n"              \
  "  local rq, tk, at = tonumber(s[1]), tonumber(s[2]), tonumber(s[3])\n" \
  "  if not at then return rpm, tpm, now end\n"                           \
  "  if now > at then\n"                                                  \
  "    local minutes = (now - at) / 60000\n"                              \
  "    rq = math.min(rpm, rq + minutes * rpm)\n"                          \
  "    tk = math.min(tpm, tk + minutes * tpm)\n"                          \
  "    at = now\n"                                                        \
  "  end\n"                                                               \
  "  return rq, tk, at\n"                                                 \
  "end\n"                                                                 \
  "local function store(key, rq, tk, at, tpm)\n"                          \
  "  redis.call('HSET', key, 'rq', rq, 'tk', tk, 'at', at)\n"             \
  "  local deficit = 0\n"                                                 \
  "  if tpm > 0 and tk < 0 then deficit = -tk / tpm end\n"                \
  "  redis.call('PEXPIRE', key, math.ceil((2 + deficit) * 60000))\n"      \
  "end\n"

// The budgets' reservations in flight made in `day` and `month` (expired
// ones dropped first), and the settled spend of a day and its month.
#define SWITCHYARD_LUA_HELD                                       \
  "local function held(key, now, day, month)\n"                   \
  "  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)\n"          \
  "  local rd, rm = 0, 0\n"                                       \
  "  for _, m in ipairs(redis.call('ZRANGE', key, 0, -1)) do\n"   \
  "    local n, d, mo = string.match(m, ':(%d+):(%d+):(%d+)$')\n" \
  "    if mo == month then\n"                                     \
  "      rm = rm + tonumber(n)\n"                                 \
  "      if d == day then rd = rd + tonumber(n) end\n"            \
  "    end\n"                                                     \
  "  end\n"                                                       \
  "  return rd, rm\n"                                             \
  "end\n"                                                         \
  "local function settled(key, day)\n"                            \
  "  local s = redis.call('HMGET', key, 'd:' .. day, 'm')\n"      \
  "  return tonumber(s[1]) or 0, tonumber(s[2]) or 0\n"           \
  "end\n"

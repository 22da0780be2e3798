-- wrk script: every request grades a card Good for real. Run with as many threads as connections, so each thread
-- owns one connection and its own slice of the cards (card first + thread + threads * k) and knows each card's
-- version (the review token) without reading the page.
-- Arguments after "--": deck id, first card id, card count, thread count, CSRF token.
local counter = 0

function setup(thread)
  thread:set("slot", counter)
  counter = counter + 1
end

function init(args)
  deck = args[1]
  first = tonumber(args[2])
  count = tonumber(args[3])
  threads = tonumber(args[4])
  csrf = args[5]
  versions = {}
  k = 0
end

function request()
  local index = slot + threads * k
  if index >= count then
    k = 0
    index = slot
  end
  k = k + 1
  local card = first + index
  local version = versions[card] or 0
  versions[card] = version + 1
  local body = "csrf-token=" .. csrf .. "&cardId=" .. card .. "&version=" .. version .. "&rating=3&timeMs=1500"
  -- wrk.format replaces the -H headers when given its own, so copy them (the session cookie) first.
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  return wrk.format("POST", "/study/" .. deck .. "/grade", headers, body)
end

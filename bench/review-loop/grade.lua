-- wrk script: every request grades a card Good for real. Each thread owns its own slice of the cards (card first +
-- thread + threads * k) and knows each card's version (the review token) without reading the page, and the card's
-- state as the page shows it in the grade form (the "shown" field), from a file written before the run.
-- Arguments after "--": deck id, first card id, card count, thread count, CSRF token, and optionally a file of
-- "<card id> <shown>" lines (bench/review-loop/shown.sql).
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
  shown = {}
  for line in (args[6] and io.lines(args[6]) or function() return nil end) do
    local id, state = line:match("^(%d+) (%S+)$")
    local index = tonumber(id) - first
    if index >= 0 and index < count and index % threads == slot then
      -- A "+" would read as a space in a form body.
      shown[tonumber(id)] = state:gsub("%+", "%%2B")
    end
  end
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
  -- Only the first grade of a card in a run is from the state in the file.
  if version == 0 and shown[card] then
    body = body .. "&shown=" .. shown[card]
  end
  -- wrk.format replaces the -H headers when given its own, so copy them (the session cookie) first.
  local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  return wrk.format("POST", "/study/" .. deck .. "/grade", headers, body)
end

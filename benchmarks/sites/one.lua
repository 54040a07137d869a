-- wrk script: the single-site requests, built per request like hosts.lua's so that both cost wrk the same
request = function()
  return wrk.format("GET", "/one/menu", { ["Host"] = "127.0.0.1" })
end

-- wrk script: each request names the next of the benchmark's hosts (hosts.txt), round robin
local hosts = {}
for line in io.lines(os.getenv("HOSTS_FILE")) do hosts[#hosts + 1] = line end
local i = 0
request = function()
  i = i % #hosts + 1
  return wrk.format("GET", "/many/menu", { ["Host"] = hosts[i] })
end

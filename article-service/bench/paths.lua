-- wrk script: each request GETs a path drawn at random from a file of paths (one a line), e.g.
--   wrk -t2 -c8 -d30s --latency -s paths.lua http://127.0.0.1:PORT -- /tmp/…/search.txt
-- Headers given with -H (e.g. Accept-Encoding: gzip) are sent with every request. Each thread has its own fixed
-- random seed, so two runs send the same sequence.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(1000 + tid)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

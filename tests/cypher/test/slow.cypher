// Test only: a deliberately heavy read (a filtered cross product of $n × $n rows) to prove the
// per-query timeout. Never called by the service.
UNWIND range(1, $n) AS a
UNWIND range(1, $n) AS b
WITH a, b
WHERE (a * b) % 1000003 = 1
RETURN count(*) AS hits

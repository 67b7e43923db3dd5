// description: The latest ingest runs: when, how triggered, what they did (new / updated / unchanged / failed / unseen) and their errors
// params: limit (int) - rows, default 20
MATCH (r:IngestRun)
RETURN r.startedAt AS started, r.endedAt AS ended, r.status AS status, r.trigger AS trigger,
       r.new AS new, r.updated AS updated, r.unchanged AS unchanged, r.failed AS failed,
       r.unseen AS unseen, r.errors AS errors, r.id AS id
ORDER BY started DESC
LIMIT coalesce($limit, 20)

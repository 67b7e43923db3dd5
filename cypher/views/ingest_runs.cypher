// description: The most recent ingest runs with their counts and per-file errors
// params: limit (int) - rows
MATCH (r:IngestRun)
RETURN r.id AS id, r.startedAt AS started, r.endedAt AS ended, r.status AS status,
       r.trigger AS trigger, coalesce(r.new, 0) AS new, coalesce(r.updated, 0) AS updated,
       coalesce(r.unchanged, 0) AS unchanged, coalesce(r.failed, 0) AS failed,
       coalesce(r.unseen, 0) AS unseen, coalesce(r.errors, []) AS errors
ORDER BY r.startedAt DESC
LIMIT $limit

// description: Ingest runs still marked 'running' although no run is in progress (their process was killed or the machine lost power) become 'aborted'. Only called by a run that holds the ingest lock, so none of them can still be running.
// params: now (string) - ISO-8601 UTC timestamp, the endedAt given to runs that have none
MATCH (r:IngestRun {status: 'running'})
SET r.status = 'aborted', r.endedAt = coalesce(r.endedAt, $now)
RETURN count(r) AS aborted

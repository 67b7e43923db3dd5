// description: Record the end of an ingest run: status (finished, failed, interrupted), counts and the per-source errors
// params: id (string) - run id; now (string) - ISO-8601 UTC end time; status (string); counts (map) - new, updated, unchanged, failed; errors (list) - "source: problem" lines
MATCH (r:IngestRun {id: $id})
SET r.endedAt = $now, r.status = $status, r += $counts, r.errors = $errors

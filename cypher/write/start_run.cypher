// description: Record the start of an ingest run (status running)
// params: id (string) - run id; now (string) - ISO-8601 UTC start time; trigger (string) - cli, schedule...; sources (list) - the sources given
CREATE (r:IngestRun {id: $id, startedAt: $now, status: 'running', trigger: $trigger,
                     sources: $sources, new: 0, updated: 0, unchanged: 0, failed: 0, unseen: 0,
                     errors: []})

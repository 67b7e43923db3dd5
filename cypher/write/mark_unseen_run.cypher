// description: Add to an ingest run the number of documents it marked as no longer seen in their source
// params: id (string) - IngestRun id; unseen (int) - documents newly marked seen = false
MATCH (r:IngestRun {id: $id})
SET r.unseen = coalesce(r.unseen, 0) + $unseen
RETURN r.unseen AS unseen

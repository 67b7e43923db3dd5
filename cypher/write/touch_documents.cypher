// description: Record that unchanged documents were seen again: only lastSeen and seen change
// params: ids (list) - Document ids; now (string) - ISO-8601 UTC timestamp of the run
UNWIND $ids AS id
MATCH (d:Document {id: id})
SET d.lastSeen = $now, d.seen = true

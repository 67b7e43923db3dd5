// description: For a batch of inputs, which are already stored with the same content (and by which extractor) and which source keys hold another version: lets a run skip unchanged articles without re-extracting them
// params: rows (list) - [{id: content hash, sourceKey: path or URL}]
UNWIND $rows AS row
OPTIONAL MATCH (same:Document {id: row.id})
OPTIONAL MATCH (held:Document {sourceKey: row.sourceKey})
RETURN row.id AS id, row.sourceKey AS sourceKey, same IS NOT NULL AS stored,
       same.sourceKey AS storedSourceKey,
       same.extractor AS storedExtractor,
       held.id AS heldId

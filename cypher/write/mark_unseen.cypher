// description: After a source was read completely, mark its documents that no source listed in this run as no longer seen (they are kept; lastSeen keeps the time they were last listed); returns how many were newly marked
// params: sourceName (string) - the sources-file entry that was read completely; keys (list) - every source key (path or URL) listed in this run, by any source
MATCH (d:Document {sourceName: $sourceName})
WHERE coalesce(d.seen, true) AND NOT d.sourceKey IN $keys
SET d.seen = false
RETURN count(d) AS unseen

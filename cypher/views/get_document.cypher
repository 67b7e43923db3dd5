// description: One article with its cleaned text and metadata
// params: id (string) - document id
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.byline AS byline, d.publisher AS publisher,
       d.published AS published, d.url AS url, d.sourceKey AS source_key, d.text AS text,
       d.contentType AS content_type, d.extractor AS extractor, d.firstSeen AS first_seen,
       d.lastSeen AS last_seen, coalesce(d.seen, true) AS seen

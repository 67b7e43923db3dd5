// description: Full-text search of articles (title and body) through the document_text index, best match first
// params: query (string) - Lucene query; limit (int) - rows
CALL db.index.fulltext.queryNodes('document_text', $query, {limit: $limit}) YIELD node AS d, score
RETURN d.id AS id, d.title AS title, d.publisher AS publisher, d.published AS published,
       d.byline AS byline, d.url AS url, d.sourceKey AS source_key,
       coalesce(d.seen, true) AS seen,
       COUNT { (d)<-[:STATED_IN]-(:Claim) } AS claims,
       COUNT { (d)-[:MENTIONS]->(:Actor) } AS actors, score
ORDER BY score DESC

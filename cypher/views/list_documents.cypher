// description: Articles, newest first, with how many claims and actors each one holds
// params: limit (int) - rows
MATCH (d:Document)
WITH d ORDER BY d.published DESC, d.title LIMIT $limit
RETURN d.id AS id, d.title AS title, d.publisher AS publisher, d.published AS published,
       d.byline AS byline, d.url AS url, d.sourceKey AS source_key,
       coalesce(d.seen, true) AS seen,
       COUNT { (d)<-[:STATED_IN]-(:Claim) } AS claims,
       COUNT { (d)-[:MENTIONS]->(:Actor) } AS actors

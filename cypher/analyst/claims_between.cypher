// description: Every claim between two actors, in either direction, newest first: who does what to whom, how surely, according to whom, with the quote and the article
// params: actor (string) - first actor: id, name or alias; other (string) - second actor: id, name or alias; limit (int) - rows, default 100
CALL () {
  MATCH (x:Entity)
  WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
     OR toLower($actor) IN [alias IN coalesce(x.aliases, []) | toLower(alias)]
  WITH x ORDER BY CASE WHEN x.id = $actor THEN 0 WHEN toLower(x.name) = toLower($actor) THEN 1 ELSE 2 END,
                  COUNT { (x)<-[:MENTIONS]-() } DESC
  LIMIT 1
  RETURN x AS a
}
CALL () {
  MATCH (x:Entity)
  WHERE x.id = $other OR toLower(x.name) = toLower($other)
     OR toLower($other) IN [alias IN coalesce(x.aliases, []) | toLower(alias)]
  WITH x ORDER BY CASE WHEN x.id = $other THEN 0 WHEN toLower(x.name) = toLower($other) THEN 1 ELSE 2 END,
                  COUNT { (x)<-[:MENTIONS]-() } DESC
  LIMIT 1
  RETURN x AS b
}
MATCH (a)<-[r1:SUBJECT|OBJECT]-(c:Claim)-[r2:SUBJECT|OBJECT]->(b)
WHERE type(r1) <> type(r2)
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity), (c)-[:STATED_IN]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(src:Entity)
RETURN coalesce(c.date, d.published) AS date, s.name AS subject, c.relation AS relation, o.name AS object,
       c.polarity AS polarity, c.certainty AS certainty, coalesce(src.name, 'the author') AS according_to,
       c.quote AS quote, d.title AS article, d.publisher AS publisher, d.sourceKey AS source, c.id AS claim
ORDER BY date DESC, article, c.start
LIMIT coalesce($limit, 100)

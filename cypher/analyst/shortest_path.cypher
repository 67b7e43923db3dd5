// description: The shortest chain of claims linking two actors (through at most 6 claims, any relation or direction), one row per step with its quote and article: how is A connected to B?
// params: actor (string) - from: actor id, name or alias; other (string) - to: actor id, name or alias
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
WITH a, b WHERE a <> b
MATCH p = shortestPath((a)-[:SUBJECT|OBJECT*..12]-(b))
WITH [n IN nodes(p) WHERE n:Claim] AS claims
UNWIND range(0, size(claims) - 1) AS i
WITH i, claims[i] AS c
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity), (c)-[:STATED_IN]->(d:Document)
OPTIONAL MATCH (c)-[:ATTRIBUTED_TO]->(src:Entity)
RETURN i + 1 AS step, s.name AS subject, c.relation AS relation, o.name AS object, c.certainty AS certainty,
       coalesce(src.name, 'the author') AS according_to, c.quote AS quote, d.title AS article,
       d.publisher AS publisher
ORDER BY step

// description: Everything the articles say an actor does and has done to it, by relation and direction: how many claims and articles, and the main counterparts
// params: actor (string) - actor id, name or alias
CALL () {
  MATCH (x:Entity)
  WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
     OR toLower($actor) IN [alias IN coalesce(x.aliases, []) | toLower(alias)]
  WITH x ORDER BY CASE WHEN x.id = $actor THEN 0 WHEN toLower(x.name) = toLower($actor) THEN 1 ELSE 2 END,
                  COUNT { (x)<-[:MENTIONS]-() } DESC
  LIMIT 1
  RETURN x AS a
}
MATCH (a)<-[r:SUBJECT|OBJECT]-(c:Claim)-[r2:SUBJECT|OBJECT]->(counterpart:Entity)
WHERE type(r) <> type(r2)
MATCH (c)-[:STATED_IN]->(d:Document)
WITH a, CASE type(r) WHEN 'SUBJECT' THEN 'does' ELSE 'undergoes' END AS role, c.relation AS relation,
     c.polarity AS polarity, counterpart, c, d
WITH a, role, relation, polarity, counterpart, count(c) AS n, count(DISTINCT d) AS docs
ORDER BY n DESC, counterpart.name
WITH a, role, relation, polarity, sum(n) AS claims, collect(counterpart.name + ' (' + n + ')')[..6] AS counterparts
RETURN a.name AS actor, role, relation, polarity, claims, counterparts
ORDER BY role, claims DESC, relation

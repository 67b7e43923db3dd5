// description: How each publisher portrays an actor, or a pair of actors: per publisher the articles, cooperative / hostile / structural claims, the share that is only alleged or hypothetical, the relations used and an example quote; tone = (cooperative - hostile) / (cooperative + hostile), from -1 (all hostile) to +1 (all cooperative)
// params: actor (string) - actor id, name or alias; other (string) - optional second actor: only claims between the two, default all claims involving the actor
CALL () {
  MATCH (x:Entity)
  WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
     OR toLower($actor) IN [alias IN coalesce(x.aliases, []) | toLower(alias)]
  WITH x ORDER BY CASE WHEN x.id = $actor THEN 0 WHEN toLower(x.name) = toLower($actor) THEN 1 ELSE 2 END,
                  COUNT { (x)<-[:MENTIONS]-() } DESC
  LIMIT 1
  RETURN x AS a
}
OPTIONAL CALL () {
  MATCH (x:Entity)
  WHERE x.id = $other OR toLower(x.name) = toLower($other)
     OR toLower($other) IN [alias IN coalesce(x.aliases, []) | toLower(alias)]
  WITH x ORDER BY CASE WHEN x.id = $other THEN 0 WHEN toLower(x.name) = toLower($other) THEN 1 ELSE 2 END,
                  COUNT { (x)<-[:MENTIONS]-() } DESC
  LIMIT 1
  RETURN x AS b
}
WITH a, b
WHERE $other IS NULL OR b IS NOT NULL
MATCH (a)<-[r1:SUBJECT|OBJECT]-(c:Claim)-[r2:SUBJECT|OBJECT]->(counterpart:Entity)
WHERE type(r1) <> type(r2) AND (b IS NULL OR counterpart = b)
MATCH (c)-[:STATED_IN]->(d:Document)
WITH a, b, coalesce(d.publisher, '(unknown publisher)') AS publisher, c, d
WITH a, b, publisher, count(DISTINCT d) AS articles, count(c) AS claims,
     sum(CASE c.polarity WHEN 'cooperative' THEN 1 ELSE 0 END) AS cooperative,
     sum(CASE c.polarity WHEN 'hostile' THEN 1 ELSE 0 END) AS hostile,
     sum(CASE c.polarity WHEN 'structural' THEN 1 ELSE 0 END) AS structural,
     sum(CASE WHEN c.certainty <> 'asserted' THEN 1 ELSE 0 END) AS hedged,
     collect(DISTINCT c.relation) AS relations,
     collect(CASE WHEN c.polarity <> 'structural' THEN c.quote END)[0] AS example
RETURN a.name AS actor, b.name AS other, publisher, articles, cooperative, hostile, structural,
       CASE WHEN cooperative + hostile = 0 THEN null
            ELSE round(toFloat(cooperative - hostile) / (cooperative + hostile), 2) END AS tone,
       round(toFloat(hedged) / claims, 2) AS hedged_share, relations, example
ORDER BY articles DESC, publisher

// description: Who says what: the sources articles attribute claims to (officials, governments, groups), ranked by claims, with how cooperative or hostile the claims they make are and whom they are about; optionally only claims involving one actor
// params: actor (string) - only claims whose subject or object is this actor (id, name or alias), default all; limit (int) - rows, default 25
MATCH (src:Entity)<-[:ATTRIBUTED_TO]-(c:Claim)-[:STATED_IN]->(d:Document)
WHERE $actor IS NULL OR EXISTS {
  MATCH (c)-[:SUBJECT|OBJECT]->(t:Entity)
  WHERE t.id = $actor OR toLower(t.name) = toLower($actor)
     OR toLower($actor) IN [alias IN coalesce(t.aliases, []) | toLower(alias)]
}
MATCH (c)-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
WITH src, c, d, s.name + ' ' + c.relation + ' ' + o.name AS statement
WITH src, count(c) AS claims, count(DISTINCT d) AS articles,
     sum(CASE c.polarity WHEN 'cooperative' THEN 1 ELSE 0 END) AS cooperative,
     sum(CASE c.polarity WHEN 'hostile' THEN 1 ELSE 0 END) AS hostile,
     sum(CASE WHEN c.certainty <> 'asserted' THEN 1 ELSE 0 END) AS hedged,
     collect(DISTINCT statement)[..5] AS says
RETURN src.name AS source, src.type AS type, claims, articles, cooperative, hostile, hedged, says
ORDER BY claims DESC, source
LIMIT coalesce($limit, 25)

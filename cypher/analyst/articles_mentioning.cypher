// description: The articles that mention an actor, newest first: how often, under which names, and how many claims about it each makes
// params: actor (string) - actor id, name or alias; limit (int) - rows, default 50
CALL () {
  MATCH (x:Entity)
  WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
     OR toLower($actor) IN [alias IN coalesce(x.aliases, []) | toLower(alias)]
  WITH x ORDER BY CASE WHEN x.id = $actor THEN 0 WHEN toLower(x.name) = toLower($actor) THEN 1 ELSE 2 END,
                  COUNT { (x)<-[:MENTIONS]-() } DESC
  LIMIT 1
  RETURN x AS a
}
MATCH (d:Document)-[m:MENTIONS]->(a)
RETURN d.published AS published, d.title AS title, d.publisher AS publisher, m.count AS mentions,
       m.surfaces AS as,
       COUNT { (a)<-[:SUBJECT|OBJECT]-(:Claim)-[:STATED_IN]->(d) } AS claims, d.sourceKey AS source
ORDER BY published DESC, mentions DESC, title
LIMIT coalesce($limit, 50)

// description: Adversaries of an actor: everyone linked to it by hostile claims (ATTACKS, THREATENS, OPPOSES) in either direction, ranked by the number of articles saying so; "ATTACKS→" = the actor attacks them, "←ATTACKS" = they attack the actor; cooperative = cooperative claims between the same pair, for balance
// params: actor (string) - actor id, name or alias; limit (int) - rows, default 25
CALL () {
  MATCH (x:Entity)
  WHERE x.id = $actor OR toLower(x.name) = toLower($actor)
     OR toLower($actor) IN [alias IN coalesce(x.aliases, []) | toLower(alias)]
  WITH x ORDER BY CASE WHEN x.id = $actor THEN 0 WHEN toLower(x.name) = toLower($actor) THEN 1 ELSE 2 END,
                  COUNT { (x)<-[:MENTIONS]-() } DESC
  LIMIT 1
  RETURN x AS a
}
MATCH (a)<-[r1:SUBJECT|OBJECT]-(c:Claim {polarity: 'hostile'})-[r2:SUBJECT|OBJECT]->(adversary:Entity)
WHERE adversary <> a AND type(r1) <> type(r2)
MATCH (c)-[:STATED_IN]->(d:Document)
WITH a, adversary, c, d, coalesce(c.date, d.published) AS date,
     CASE WHEN type(r1) = 'SUBJECT' THEN c.relation + '→' ELSE '←' + c.relation END AS relation
ORDER BY date DESC
WITH a, adversary, count(c) AS claims, count(DISTINCT d) AS articles, collect(DISTINCT relation) AS relations,
     sum(CASE WHEN c.certainty = 'asserted' THEN 1 ELSE 0 END) AS asserted,
     max(date) AS latest, collect(c.quote)[0] AS example
RETURN a.name AS actor, adversary.name AS adversary, adversary.type AS type, articles, claims, asserted, relations,
       COUNT { (a)<-[:SUBJECT|OBJECT]-(:Claim {polarity: 'cooperative'})-[:SUBJECT|OBJECT]->(adversary) } AS cooperative,
       latest, example
ORDER BY articles DESC, claims DESC, adversary
LIMIT coalesce($limit, 25)

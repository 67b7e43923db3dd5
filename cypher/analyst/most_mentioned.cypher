// description: The actors and places the articles talk about most: articles mentioning each, total mentions, and claims it takes part in; optionally one type only
// params: type (string) - Person, Country, Group, Organization or Location, default all; limit (int) - rows, default 25
MATCH (e:Entity)
WHERE $type IS NULL OR toLower(e.type) = toLower($type)
CALL (e) {
  MATCH (d:Document)-[m:MENTIONS]->(e)
  RETURN count(d) AS articles, sum(m.count) AS mentions
}
WITH e, articles, mentions
WHERE articles > 0
RETURN e.name AS name, e.type AS type, articles, mentions,
       COUNT { (e)<-[:SUBJECT|OBJECT]-(:Claim) } AS claims, e.id AS id
ORDER BY articles DESC, mentions DESC, name
LIMIT coalesce($limit, 25)

// description: The entities an actor has claims with, per polarity, ranked by the number of distinct supporting articles
// params: id (string) - entity id
MATCH (e:Entity {id: $id})<-[r:SUBJECT|OBJECT]-(c:Claim)-[r2:SUBJECT|OBJECT]->(other:Entity)
WHERE other <> e AND type(r) <> type(r2)
MATCH (c)-[:STATED_IN]->(d:Document)
WITH other, c.polarity AS polarity, count(DISTINCT d) AS articles, count(DISTINCT c) AS claims,
     collect(DISTINCT c.relation) AS relations, max(d.published) AS latest
RETURN other.id AS id, other.name AS name, other.type AS type, polarity, articles, claims,
       relations, latest
ORDER BY articles DESC, claims DESC, name

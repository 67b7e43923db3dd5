// description: The articles that mention an entity, newest first, with how often
// params: id (string) - entity id
MATCH (d:Document)-[m:MENTIONS]->(e:Entity {id: $id})
RETURN d.id AS id, d.title AS title, d.publisher AS publisher, d.published AS published,
       m.count AS mentions, COUNT { (d)<-[:STATED_IN]-(:Claim)-[:SUBJECT|OBJECT]->(e) } AS claims
ORDER BY d.published DESC, mentions DESC

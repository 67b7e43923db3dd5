// description: How often an entity is mentioned per publication date of the articles
// params: id (string) - entity id
MATCH (d:Document)-[m:MENTIONS]->(e:Entity {id: $id})
WHERE d.published IS NOT NULL
RETURN d.published AS date, sum(m.count) AS mentions, count(d) AS articles
ORDER BY date

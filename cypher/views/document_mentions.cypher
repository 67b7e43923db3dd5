// description: The entities an article mentions, with the character offsets of every occurrence
// params: id (string) - document id
MATCH (d:Document {id: $id})-[m:MENTIONS]->(e:Entity)
RETURN e.id AS entity, e.name AS name, e.type AS type, m.count AS count,
       m.surfaces AS surfaces, m.starts AS starts, m.ends AS ends
ORDER BY m.count DESC, e.name

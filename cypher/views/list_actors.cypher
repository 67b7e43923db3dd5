// description: Every entity with how many articles mention it and how many claims involve it, for pickers (most evidence first)
// params: none
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type,
       COUNT { (e)<-[:MENTIONS]-(:Document) } AS articles,
       COUNT { (e)<-[:SUBJECT|OBJECT]-(:Claim) } AS claims
ORDER BY claims DESC, articles DESC, name

// description: Delete entities (among the given ones) that no article mentions and no claim refers to any more
// params: ids (list) - Entity ids to check
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-(:Document)
  AND NOT (e)<-[:SUBJECT|OBJECT|ATTRIBUTED_TO]-(:Claim)
DETACH DELETE e
RETURN count(e) AS deleted

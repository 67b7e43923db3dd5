// description: Data check: entities that no article mentions and no claim refers to (should be none: the loader removes them when an article is replaced)
// params:
MATCH (e:Entity)
WHERE NOT (e)<-[:MENTIONS]-(:Document) AND NOT (e)<-[:SUBJECT|OBJECT|ATTRIBUTED_TO]-(:Claim)
RETURN e.id AS id, e.name AS name, e.type AS type
ORDER BY name

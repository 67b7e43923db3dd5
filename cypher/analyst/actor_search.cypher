// description: Find actors and places by name or alias (full-text, Lucene syntax: Biden, "Joe Biden", Tali*, Hezbolah~ for fuzzy), best match first, with how often they occur
// params: q (string) - search text; limit (int) - rows, default 20
CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
WITH node AS e, score
ORDER BY score DESC
LIMIT coalesce($limit, 20)
RETURN e.name AS name, e.type AS type, round(score, 3) AS score, e.aliases AS aliases,
       COUNT { (e)<-[:MENTIONS]-(:Document) } AS articles,
       COUNT { (e)<-[:SUBJECT|OBJECT]-(:Claim) } AS claims, e.id AS id

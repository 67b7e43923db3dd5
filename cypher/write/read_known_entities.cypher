// description: Every entity already in the graph, so that resolution can re-key a new article's entities onto them
// params:
MATCH (e:Entity)
WITH e ORDER BY e.id
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases,
       e.wikidata AS wikidata, coalesce(e.catalog, false) AS catalog

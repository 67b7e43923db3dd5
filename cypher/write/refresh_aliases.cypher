// description: Recompute entities' aliases from their given aliases and the surfaces of the mentions that still exist (after an article version was replaced)
// params: ids (list) - Entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(e)
  UNWIND coalesce(m.surfaces, []) AS surface
  RETURN collect(surface) AS surfaces
}
WITH e, reduce(acc = [], a IN coalesce(e.givenAliases, []) + surfaces |
               CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET e.aliases = aliases,
    e.aliasText = reduce(s = '', a IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a)

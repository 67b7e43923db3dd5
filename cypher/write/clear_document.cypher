// description: Remove what an article version contributed (its claims and mentions) before it is replaced or re-extracted; returns the entities it touched so they can be re-aliased or dropped as orphans
// params: id (string) - Document id
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Entity)
  RETURN collect(e.id) AS mentioned
}
CALL (d) {
  OPTIONAL MATCH (d)<-[:STATED_IN]-(:Claim)-[:SUBJECT|OBJECT|ATTRIBUTED_TO]->(e:Entity)
  RETURN collect(DISTINCT e.id) AS claimed
}
CALL (d) {
  MATCH (d)<-[:STATED_IN]-(c:Claim)
  DETACH DELETE c
}
CALL (d) {
  MATCH (d)-[m:MENTIONS]->(:Entity)
  DELETE m
}
RETURN d.firstSeen AS firstSeen, mentioned + [x IN claimed WHERE NOT x IN mentioned] AS entities

// description: Some entities as stored (after an article was loaded), for resolving later articles of the same run against exactly what the graph holds
// params: ids (list) - Entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .name, .type, .aliases, .wikidata, .catalog} AS entity

// description: Delete a cleared Document node (an older version of an article, replaced by a new one)
// params: id (string) - Document id
MATCH (d:Document {id: $id})
DETACH DELETE d

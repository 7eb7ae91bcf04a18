MATCH (m:MergeDecision {id: $document_id}) DETACH DELETE m

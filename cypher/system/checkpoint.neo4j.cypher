// Neo4j checkpoints on its own; the importer's periodic checkpoint is a no-op there.
RETURN 1 AS ok

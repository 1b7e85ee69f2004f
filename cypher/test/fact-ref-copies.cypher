// Test only: every fact with the copy of its refs it carries (Fact.refRoles/refIds).
MATCH (f:Fact)
RETURN f.id AS id, f.kind AS kind, f.refRoles AS refRoles, f.refIds AS refIds

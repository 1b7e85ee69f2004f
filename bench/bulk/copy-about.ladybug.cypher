// Bulk load (benchmark graphs only): ABOUT from facts to entities (`from`, `to` are the keys).
COPY ABOUT FROM '{csv}' (from='Fact', to='Entity', HEADER=true, ESCAPE='"')

// Bulk load (benchmark graphs only): CITES from entities to the synthetic dataset source.
COPY CITES FROM '{csv}' (from='Entity', to='Source', HEADER=true, ESCAPE='"')

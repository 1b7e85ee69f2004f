// Bulk load (benchmark graphs only): CITES from facts to the synthetic dataset source.
COPY CITES FROM '{csv}' (from='Fact', to='Source', HEADER=true, ESCAPE='"')

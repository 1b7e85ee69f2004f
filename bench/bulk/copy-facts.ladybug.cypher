// Bulk load (benchmark graphs only): every fact of the CSV into the empty Fact table.
COPY Fact FROM '{csv}' (HEADER=true, ESCAPE='"')

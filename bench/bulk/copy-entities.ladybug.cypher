// Bulk load (benchmark graphs only): every entity of the CSV (bench/bulk/csv.ts) into the empty
// Entity table, columns by position. `{csv}` is the file's path, checked by the loader.
COPY Entity FROM '{csv}' (HEADER=true, ESCAPE='"')

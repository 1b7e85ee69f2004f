// Flushes the write-ahead log into the database file between large import batches, so that
// repeated batches do not fill the buffer pool.
CHECKPOINT

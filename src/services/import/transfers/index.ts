// The transfermarkt-transfers importer: reads `data/<season>/<league>.csv` row by row, rejects
// malformed rows, resolves clubs and people, folds the two rows of a transfer between covered
// clubs into one transfer, derives playing spells from consecutive moves, and attaches rows that
// confirm a curated transfer or spell to that fact instead of duplicating it.
export { spellsFrom } from './events';
export { planTransfers, type TransferContext, type TransferPlan } from './plan';
export { readTransfers, repairShiftedFiles, type TransferFiles } from './read';
export { birthFromAge, parseTransferRow, TRANSFER_COLUMNS, windowRange, type TransferRow } from './rows';

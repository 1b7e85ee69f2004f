// The contract of each fact kind (reference roles, types, details), now declared per kind in
// src/domain/facts/; kept as the name earlier modules import it by.
export { FACT_KINDS, type FactKindName } from './facts';

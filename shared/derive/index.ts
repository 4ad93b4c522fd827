export * from './relationships'
export * from './referralLedger'
export * from './timeline'

/**
 * 有进有出、动态调整 (DESIGN §4): versioned rule sets, the proposals the rules write after each
 * published round and annual competition, and the task force's decisions on them.
 */
export { AdjustmentModule } from './adjustment.module.js';
export { AdjustmentWorkerModule } from './adjustment.worker.module.js';
export { DEFAULT_THRESHOLDS, type RuleThresholds } from './domain/rules.js';
export * from './domain/adjustment.labels.js';

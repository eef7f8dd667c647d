/**
 * The engine's public API: what lessons, exercises, checks and learners import as `archlab`.
 * Everything exported here is documented, because the same declarations feed Monaco's completion.
 */
export * from './exercise/index.ts';

// Core: clock, event queue, randomness, distributions, validation.
export { Simulation } from './core/simulation.ts';
export type { EventHandler } from './core/simulation.ts';
export { EventQueue } from './core/heap.ts';
export { Fifo } from './core/fifo.ts';
export { Rng } from './core/rng.ts';
export {
  sampler,
  checkDistribution,
  distributionMean,
  distributionKinds,
} from './core/distributions.ts';
export type {
  DistributionSpec,
  Sampler,
  ConstantSpec,
  UniformSpec,
  ExponentialSpec,
  NormalSpec,
  LognormalSpec,
  ParetoSpec,
  BimodalSpec,
  MixtureSpec,
  EmpiricalSpec,
} from './core/distributions.ts';
export * as limits from './core/limits.ts';
export { checkShape } from './core/shape.ts';
export { checkSpec } from './core/spec.ts';
export type { SpecTable, FieldCheck, FieldGetter } from './core/spec.ts';
export {
  ConfigError,
  excerpt,
  checkNumber,
  optNumber,
  checkOneOf,
  checkObject,
  checkArray,
} from './core/errors.ts';
export type { NumberRule } from './core/errors.ts';

// Models.
export { Request, RequestPool } from './model/request.ts';
export type { RequestView } from './model/request.ts';
export { Server } from './model/server.ts';
export type {
  ServerView,
  ServerSpec,
  ServerConfig,
  ServerListener,
  DropReason,
  CrashSpec,
} from './model/server.ts';
export {
  machineCatalogue,
  machineSizeNames,
  largestMachine,
  machineSize,
  nextMachineSize,
} from './model/machines.ts';
export type { MachineSize } from './model/machines.ts';
export { TrafficSource, checkTraffic, rateAt } from './model/traffic.ts';
export type {
  TrafficSpec,
  TrafficConfig,
  RequestTypeSpec,
  RequestTypeConfig,
  SpikeSpec,
  BurstSpec,
  RampSpec,
  DiurnalSpec,
  ArrivalSink,
} from './model/traffic.ts';
export { LoadBalancer, checkHealthCheck } from './model/loadBalancer.ts';
export type { HealthCheckSpec, HealthCheckConfig, HealthEvent } from './model/loadBalancer.ts';
export {
  strategies,
  strategyNames,
  roundRobin,
  weightedRoundRobin,
  randomChoice,
  leastConnections,
  powerOfTwoChoices,
  peakEwma,
  consistentHash,
  hash32,
} from './model/strategies.ts';
export type { StrategyFn, StrategyName, StrategyState } from './model/strategies.ts';
export { NetworkLink, checkLink, checkWindows, inWindow } from './model/network.ts';
export type { LinkSpec, LinkConfig, WindowSpec } from './model/network.ts';
export { Database, checkDatabase } from './model/database.ts';
export type { DatabaseSpec, DatabaseConfig, QueryListener } from './model/database.ts';
export { ExternalApi, checkExternalApi, exponentialBackoff } from './model/externalApi.ts';
export type {
  ExternalApiSpec,
  ExternalApiConfig,
  ApiErrorKind,
  ApiListener,
  ApiCallView,
  ApiAttemptOutcome,
  ApiHooks,
  BackoffSpec,
  OutageSpec,
  RetryPolicyFn,
  RetryState,
} from './model/externalApi.ts';
export { LogSink, checkLogs, logLevels } from './model/logSink.ts';
export { Autoscaler, checkAutoscaler, targetTracking } from './model/autoscaler.ts';
export type {
  AutoscalerSpec,
  AutoscalerConfig,
  AutoscalerFn,
  AutoscalerView,
  AutoscalerState,
  ScalingEvent,
} from './model/autoscaler.ts';
export type { LogSpec, LogConfig, LogLevel, LogRecord, LogSummary } from './model/logSink.ts';
export { checkRollout, thresholdAnalysis } from './model/rollout.ts';
export type {
  RolloutSpec,
  RolloutStrategy,
  RolloutConfig,
  RolloutResult,
  VersionSpec,
  VersionStats,
  AnalysisView,
  AnalysisState,
  AnalysisDecision,
  AnalysisFn,
  AnalysisSpec,
  FleetPoint,
} from './model/rollout.ts';
export {
  Cache,
  CacheAside,
  checkCache,
  checkScenarioCache,
  cheCharacteristicTime,
  cheHitRatio,
  databaseLoad,
  evictionNames,
  lruVictim,
  meanLatencyWithCache,
  simulateCacheAside,
  topKeysHitRatio,
  ttlHitRatio,
  zipfPopularity,
  zipfSampler,
} from './model/cache.ts';
export type {
  CacheConfig,
  CacheEntryView,
  CacheReadListener,
  CacheRunResult,
  CacheRunSpec,
  CacheSpec,
  EvictionFn,
  EvictionName,
  EvictionPolicy,
  EvictionState,
  ScenarioCacheConfig,
  ScenarioCacheSpec,
} from './model/cache.ts';

// Observation: histograms, metrics, series, alerts.
export { LogHistogram, PERCENTILE_METHOD } from './observe/histogram.ts';
export { Counter, Gauge, Histogram, MetricsRegistry } from './observe/metrics.ts';
export type { Scrape } from './observe/metrics.ts';
export { Recorder, seriesMetricNames, serverSeriesMetricNames } from './observe/recorder.ts';
export type {
  SeriesResult,
  SeriesMetricName,
  ServerSeriesMetricName,
  BucketListener,
} from './observe/recorder.ts';
export { AlertManager, checkAlerts } from './observe/alerts.ts';
export type {
  Aggregate,
  AlertQuery,
  AlertConditionFn,
  AlertRuleSpec,
  ThresholdRuleSpec,
  BurnRateRuleSpec,
  BurnWindow,
  FunctionRuleSpec,
  AlertState,
  AlertTransition,
  Notification,
  AlertsResult,
} from './observe/alerts.ts';

// Scenarios and runs.
export { simulate, SimulationRun } from './scenarios/simulate.ts';
export type {
  SimResult,
  Summary,
  LatencySummary,
  ServerSummary,
  TraceRecord,
  StoppedEarly,
  StopReason,
} from './scenarios/result.ts';
export { estimateBudget, checkBudget } from './scenarios/budget.ts';
export type { RunBudget } from './scenarios/budget.ts';
export { RNG_STREAMS } from './scenarios/assemble.ts';
export type {
  Scenario,
  SimulateOptions,
  LoadBalancerSpec,
  NetworkSpec,
} from './scenarios/scenario.ts';
export {
  checkScenario,
  checkServer,
  defaultResolution,
  MAX_BUCKETS,
} from './scenarios/validate.ts';
export type { ScenarioConfig } from './scenarios/validate.ts';
export { mm1Scenario, capstoneScenario } from './scenarios/library.ts';

// Replicated databases and backups (chapter "Keeping data safe").
export { simulateReplication, checkReplication, checkReadReplicas } from './model/replication.ts';
export type {
  ReplicationSpec,
  ReplicationConfig,
  ReplicationResult,
  ReplicationSummary,
  ReplicationSeries,
  ReadRouter,
  ReadView,
  WriteView,
  ClusterView,
  ReplicaView,
  RouterState,
  StaleRead,
  ReplicaStallSpec,
  ReplicaOutageSpec,
  PrimaryFailureSpec,
  ReadReplicasSpec,
  ReadReplicasConfig,
} from './model/replication.ts';
export {
  checkBackupPlan,
  recoverFromBackups,
  worstRecovery,
  baseBackupHours,
  archiveIntervalS,
  brokenDetectedAtHours,
  DEFAULT_SIZING,
} from './model/backup.ts';
export type { BackupPlanSpec, BackupPlan, DatabaseSizing, Recovery } from './model/backup.ts';

/**
 * The engine's public API: what lessons, exercises, checks and learners import as `archlab`.
 * Everything exported here is documented, because the same declarations feed Monaco's completion.
 */
export * from './exercise/index.ts';

// Core: clock, event queue, randomness, validation.
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
export { ConfigError, checkNumber, optNumber, checkOneOf } from './core/errors.ts';
export type { NumberRule } from './core/errors.ts';

// Models.
export { Request, RequestPool } from './model/request.ts';
export type { RequestView } from './model/request.ts';
export { Server } from './model/server.ts';
export type { ServerView, ServerSpec, ServerListener, DropReason } from './model/server.ts';
export { TrafficSource, checkTraffic, rateAt } from './model/traffic.ts';
export type {
  TrafficSpec,
  TrafficConfig,
  RequestTypeSpec,
  SpikeSpec,
  RampSpec,
  DiurnalSpec,
  ArrivalSink,
} from './model/traffic.ts';
export { LoadBalancer } from './model/loadBalancer.ts';
export {
  strategies,
  strategyNames,
  roundRobin,
  weightedRoundRobin,
  random,
  leastConnections,
  powerOfTwoChoices,
  peakEwma,
  consistentHash,
  hash32,
} from './model/strategies.ts';
export type { StrategyFn, StrategyName, StrategyState } from './model/strategies.ts';

// Observation.
export { LogHistogram, PERCENTILE_METHOD } from './observe/histogram.ts';
export { Recorder, seriesMetricNames, serverSeriesMetricNames } from './observe/recorder.ts';
export type { SeriesResult, SeriesMetricName, ServerSeriesMetricName } from './observe/recorder.ts';

// Scenarios and runs.
export { simulate } from './scenarios/simulate.ts';
export type { SimResult, Summary, LatencySummary, ServerSummary } from './scenarios/simulate.ts';
export type { Scenario, SimulateOptions, LoadBalancerSpec } from './scenarios/scenario.ts';
export {
  checkScenario,
  checkServer,
  defaultResolution,
  MAX_BUCKETS,
} from './scenarios/validate.ts';
export type { ScenarioConfig, ServerConfig } from './scenarios/validate.ts';

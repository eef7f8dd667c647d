import type { Rng } from '../core/rng.ts';
import type { Request } from './request.ts';
import type { Server, ServerView } from './server.ts';
import {
  strategies,
  type StrategyFn,
  type StrategyName,
  type StrategyState,
} from './strategies.ts';

/** Routes each request to one eligible server with a strategy function. */
export class LoadBalancer {
  /** Servers the strategy may pick (healthy ones). */
  private eligible: Server[];
  private readonly servers: readonly Server[];
  private readonly strategy: StrategyFn;
  private readonly strategyName: string;
  /** State handed to the strategy on every call. */
  readonly state: StrategyState;

  constructor(servers: readonly Server[], strategy: StrategyName | StrategyFn, rng: Rng) {
    this.servers = servers;
    this.eligible = [...servers];
    this.strategy = typeof strategy === 'function' ? strategy : strategies[strategy];
    this.strategyName = typeof strategy === 'function' ? strategy.name || 'custom' : strategy;
    this.state = { now: 0, random: () => rng.next(), vars: {}, data: {} };
  }

  /** Mark a server eligible or not (health checks); order stays that of the scenario. */
  setEligible(index: number, eligible: boolean): void {
    this.eligible = this.servers.filter((s) =>
      s.index === index ? eligible : this.eligible.includes(s),
    );
  }

  /** Servers currently eligible. */
  get eligibleServers(): readonly ServerView[] {
    return this.eligible;
  }

  /** Pick a server for `req`, or undefined when none is eligible. */
  route(req: Request, now: number): Server | undefined {
    const list = this.eligible;
    if (list.length === 0) return undefined;
    (this.state as { now: number }).now = now;
    const choice = this.strategy(list, req, this.state);
    if (typeof choice === 'number') {
      const s = list[choice];
      if (!Number.isInteger(choice) || s === undefined) {
        throw new Error(
          `strategy '${this.strategyName}' returned ${choice}; expected an index 0..${list.length - 1} or one of the servers`,
        );
      }
      return s;
    }
    const s = this.servers[(choice as ServerView | undefined)?.index ?? -1];
    if (s === undefined || s !== choice) {
      throw new Error(
        `strategy '${this.strategyName}' returned ${choice === undefined ? 'undefined' : 'an object that is not one of its servers'}; expected one of the servers it was given or its index`,
      );
    }
    return s;
  }
}

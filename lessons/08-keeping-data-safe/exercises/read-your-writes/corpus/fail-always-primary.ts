/**
 * @expect fail: The primary stays at most 50 % busy
 * Reads everything from the primary: always consistent, and the replicas do nothing.
 */
import type { ReadRouter } from 'archlab';

export const router: ReadRouter = {
  routeRead: () => 'primary',
};

/**
 * A child process of the engine bench: one case, `runs` times, printed as JSON
 * (`node scripts/bench/engineChild.ts <case> <requests> <runs> time|memory`). It imports the engine
 * and nothing else of the bench: a child that also loaded Prettier, Playwright and Lighthouse
 * measured M/M/1 at 4.8 to 5.7 M events per CPU-second where this one measures 7.6 to 8.7.
 */
import { child, type CaseName } from './engine.ts';

const [name, requests, runs, mode] = process.argv.slice(2);
child(name as CaseName, Number(requests), Number(runs), mode === 'memory');

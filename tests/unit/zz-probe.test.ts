import { it } from 'vitest';
import { machineSize, simulate } from 'archlab';
function record(size: string, rate: number, app: 'api'|'checkout', mode: 'swap'|'crash', seed = 17) {
  const a = app === 'api' ? { cpuMs: 20, baseMemoryMb: 400, memoryPerRequestMb: 4 } : { cpuMs: 10, baseMemoryMb: 500, memoryPerRequestMb: 100 };
  return simulate({ durationMs: 10_000, resolutionMs: 1000, traffic: { kind: 'poisson', ratePerSec: rate },
    servers: [{ size, serviceTime: { kind: 'exponential', mean: a.cpuMs }, queueCapacity: 500, baseMemoryMb: a.baseMemoryMb, memoryPerRequestMb: a.memoryPerRequestMb, onMemoryExhausted: mode, restartMs: 5000, blockingIo: false }],
    ...(app === 'checkout' ? { database: { queryTimeMs: { kind: 'lognormal', median: 300, sigma: 0.25 }, capacity: 100_000, poolSize: 100_000 } } : {}) }, { seed });
}
it('probe', () => {
  for (const [size, rate, app, mode] of [['small',110,'api','swap'],['medium',100,'api','swap'],['small',150,'checkout','swap'],['large',200,'checkout','swap'],['large',500,'api','swap'],['medium',300,'checkout','crash'],['medium',200,'checkout','swap'],['medium',215,'checkout','swap'],['medium',240,'checkout','swap'],['small',100,'checkout','swap'],['micro',40,'checkout','swap'],['micro',30,'checkout','swap'],['small',90,'checkout','swap']] as const) {
    const r = record(size, rate, app, mode);
    const m = r.series.metrics; const ram = machineSize(size).memoryMb;
    const mem = m.memoryMb;
    console.log('DX', size, rate, app, mode, 'cpu', r.summary.utilisation.toFixed(2), 'peakMem%', (Math.max(...mem)/ram*100).toFixed(0), 'meanMem%', (mem.reduce((x,y)=>x+y,0)/mem.length/ram*100).toFixed(0), 'faults/s', r.summary.majorFaultsPerSec.toFixed(0), 'iowait', r.summary.ioWait.toFixed(2), 'crashes', r.summary.servers[0]!.crashes, 'p95', r.summary.latencyMs.p95.toFixed(0), 'lost', r.summary.dropped + r.summary.failed);
  }
});

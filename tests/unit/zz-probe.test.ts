import { it } from 'vitest';
import { machineCatalogue, simulate } from 'archlab';
import sim, { WORKLOADS, scenario, saturationRate, cpuCapacity, memoryCapacity } from '../../lessons/04-vertical-scaling/simulations/one-machine.ts';
import { loadTest } from '../../lessons/04-vertical-scaling/exercises/pick-machine/solution.ts';
it('probe', () => {
  for (const [size, wl, peak, mode] of [] as [string, 'api', number, 'swap'][]) {
    const w = WORKLOADS[wl];
    const r = simulate(scenario(size, w, peak, mode), { seed: 4 });
    const m = r.series.metrics;
    const maxCpu = Math.max(...m.utilisation);
    const iMax = m.utilisation.indexOf(maxCpu);
    console.log('SIM', size, wl, peak, mode, 'sat', saturationRate(r, w).toFixed(0), 'cpuCap', cpuCapacity(size,w), 'memCap', memoryCapacity(size,w).toFixed(0),
      'maxCpu', maxCpu.toFixed(2), 'at', iMax, 'lastCpu', m.utilisation.slice(-10).map(x=>x.toFixed(2)).join(','), 'iowait', m.ioWait.slice(-10).map(x=>x.toFixed(2)).join(','),
      'p95', r.summary.latencyMs.p95.toFixed(0), 'crashes', r.summary.servers[0]!.crashes);
  }
  const API = { cpuMs: 20, waitMs: 0, baseMemoryMb: 400, memoryPerRequestMb: 4 };
  const CHECKOUT = { cpuMs: 10, waitMs: 300, baseMemoryMb: 500, memoryPerRequestMb: 100 };
  for (const [label, w] of [['api150',{...API, ratePerSec:150}],['api30',{...API, ratePerSec:30}],['api1200',{...API, ratePerSec:1200}],['co100',{...CHECKOUT, ratePerSec:100}],['co700',{...CHECKOUT, ratePerSec:700}],['co40',{...CHECKOUT, ratePerSec:40}],['co200',{...CHECKOUT, ratePerSec:200}],['co220',{...CHECKOUT, ratePerSec:220}],['co230',{...CHECKOUT, ratePerSec:230}],['co240',{...CHECKOUT, ratePerSec:240}],['co110',{...CHECKOUT, ratePerSec:110}],['co120',{...CHECKOUT, ratePerSec:120}],['api90',{...API, ratePerSec:90}],['api170',{...API, ratePerSec:170}],['api180',{...API, ratePerSec:180}],['api190',{...API, ratePerSec:190}],['api350',{...API, ratePerSec:350}],['api360',{...API, ratePerSec:360}]] as const) {
    const row = machineCatalogue.map((m) => {
      if ((w.ratePerSec*w.cpuMs)/1000 >= m.cores) return `${m.name}:-`;
      const r = loadTest(m, w);
      const peak = Math.max(...r.series.metrics.memoryMb);
      return `${m.name}:p95=${r.summary.latencyMs.p95.toFixed(0)},lost=${r.summary.dropped + r.summary.failed},mem=${(peak/m.memoryMb*100).toFixed(0)}%`;
    });
    console.log('PICK', label, row.join(' '));
  }
});

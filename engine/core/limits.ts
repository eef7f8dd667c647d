/**
 * Every limit the engine enforces, in one place, each with where its number comes from. The same
 * limits hold in Node (the CLI, tests) and in the browser (a Worker or the page), because it is
 * the same code: a scenario either runs within them or is refused before it starts, and a run
 * that outgrows them at run time stops early with a reason in its result (`summary.stoppedEarly`).
 *
 * The budget they share: V8's own heap limit for browser use is 700 MB on 32-bit and 1400 MB on
 * 64-bit platforms (nodejs/node PR #25576, "src: properly configure default heap limits"). A run
 * must leave most of that to the page (editor, charts, the rest of the course), so the engine's
 * own state is held to about a quarter of the smaller figure: `RUN_MEMORY_BUDGET_MB`.
 */

/** What one run may hold in memory, MB: about a quarter of V8's 700 MB 32-bit browser heap limit. */
export const RUN_MEMORY_BUDGET_MB = 192;

/**
 * Bytes one request in flight costs: its pooled object, its place in a queue and two pending
 * events. Measured with `process.memoryUsage()` after a forced GC over 200 000 requests in V8
 * (229 bytes), rounded up for the database's and API's per-request records.
 */
export const BYTES_PER_REQUEST_IN_FLIGHT = 320;

/**
 * Requests that may be in flight at once (arrived, not yet answered). A third of the memory
 * budget at `BYTES_PER_REQUEST_IN_FLIGHT` each. Beyond it the system cannot keep up: the run
 * stops early with reason 'in-flight-limit' (a result, not a crash).
 */
export const MAX_IN_FLIGHT = 200_000;

/**
 * Values all time series may hold together (8 bytes each: 64 MB, a third of the memory budget).
 * A series has one value per bucket for each of the 23 overall metrics and the 20 of each server,
 * so `buckets × (23 + 20 × servers)` must stay under it; the scenario is refused otherwise.
 */
export const MAX_SERIES_VALUES = 8_000_000;

/**
 * Bytes one server costs besides its series: its model, counters, snapshots and per-bucket
 * latency sketch. Measured like `BYTES_PER_REQUEST_IN_FLIGHT` over 2000 servers (4.4 KB).
 */
export const BYTES_PER_SERVER = 5_000;

/**
 * Most servers a scenario may have, autoscaled spares included: the autoscaler's own cap
 * (`autoscaler.max` <= 1000). A lesson uses at most a few dozen; 1000 × `BYTES_PER_SERVER` is 5 MB.
 */
export const MAX_SERVERS = 1000;

/**
 * Events (and event-sized steps: thinning proposals, per-server scans) one run may process.
 * The bench's capstone runs about 9 events per request, so this is about 11 M capstone requests or
 * 50 M M/M/1 requests: 10 to 30 s of CPU at the engine's measured 3–10 M events per CPU-second,
 * which is what a teacher's longest useful run takes, and which the browser's watchdog can wait for.
 * A scenario whose expected work exceeds it is refused; a run that reaches it (retry storms,
 * crash loops: work no estimate sees) stops early with reason 'event-limit'.
 */
export const MAX_EVENTS = 100_000_000;

/**
 * Deepest nesting of objects and arrays in a scenario. The deepest real one is a distribution
 * inside a mixture inside a bimodal inside a server: 8 levels. Checked before any recursion, so a
 * file nested thousands of levels deep is refused with a message, not a stack overflow.
 */
export const MAX_DEPTH = 32;

/**
 * Most objects, arrays and values in a scenario altogether. The course's largest scenario has a
 * few hundred; this leaves room for long empirical distributions and still bounds validation time.
 */
export const MAX_NODES = 200_000;

/**
 * Longest array of data (e.g. the values of an empirical distribution): read once when a run
 * starts, never scanned per request.
 */
export const MAX_ARRAY_ITEMS = 10_000;

/**
 * Longest list that is scanned for every request or arrival (spikes, crashes, partitions,
 * outages, request types, alert rules and windows; a mixture's components are picked by binary search): at most this many
 * comparisons per request. Lessons use fewer than ten.
 */
export const MAX_LIST_ITEMS = 100;

/** Arrays whose length has a limit of its own, by key: the limit, its name, and why. */
export const ARRAY_LIMITS_BY_KEY: Readonly<
  Record<string, { max: number; name: string; why: string }>
> = Object.fromEntries([
  [
    'servers',
    {
      max: MAX_SERVERS,
      name: 'MAX_SERVERS',
      why: 'each server costs memory and time in every bucket',
    },
  ],
  ...['spikes', 'crashes', 'partitions', 'outages', 'requestTypes', 'alerts', 'windows'].map(
    (key) =>
      [
        key,
        {
          max: MAX_LIST_ITEMS,
          name: 'MAX_LIST_ITEMS',
          why: 'this list is scanned for every request',
        },
      ] as const,
  ),
]);

/** Longest string in a scenario (names, labels, descriptions). */
export const MAX_STRING_LENGTH = 10_000;

/**
 * Largest scenario file the CLI reads, bytes: `MAX_NODES` values of about 5 bytes each. Checked
 * before reading, so a 50 MB file costs nothing.
 */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

/** Most per-request traces a run keeps (`options.trace`): about 20 MB of records. */
export const MAX_TRACES = 100_000;

/**
 * Longest excerpt of a bad value quoted in an error message, characters. Messages stay one short
 * line whatever the value (a 50 MB string prints 60 characters and its length).
 */
export const MAX_EXCERPT_CHARS = 60;

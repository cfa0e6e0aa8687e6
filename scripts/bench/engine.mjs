// The engine's time per calculation, with tinybench, on the page's own
// defaults stretched to the longest horizon.
import { Bench } from 'tinybench';
import { runnerImport } from 'vite';

/** Vite's module runner loads the TypeScript sources as they are. */
async function load(path) {
  const { module } = await runnerImport(path, {
    configFile: false,
    logLevel: 'silent',
  });
  return module;
}

/**
 * Median and 99th-percentile milliseconds of computeCltv for ten years
 * (the median, since on a busy machine a few stalls drag the mean), and
 * of a whole keystroke's arithmetic: the form's schema reading the typed
 * text (as the resolver does), then the reading for the results and the
 * calculation.
 */
export async function benchEngine({ timeMs = 1000 } = {}) {
  const { computeCltv } = await load('./src/model/cltv.ts');
  const { calculatorSchema, readCltvInput } = await load(
    './src/features/calculator/formSchema.ts',
  );
  const { defaultFormValues } = await load(
    './src/features/calculator/formValues.ts',
  );

  const values = { ...defaultFormValues('ru'), horizonYears: '10' };
  const { input } = readCltvInput(values, 'ru');
  if (input?.horizonYears !== 10) throw new Error('no 10-year input');
  const schema = calculatorSchema('ru');

  const bench = new Bench({ time: timeMs, warmupTime: 200 });
  bench.add('computeCltv, 10 years', () => computeCltv(input));
  bench.add('keystroke: schema + reading + computeCltv', () => {
    schema.parse(values);
    computeCltv(readCltvInput(values, 'ru').input);
  });
  await bench.run();

  return bench.tasks.map((task) => ({
    name: task.name,
    medianMs: task.result.latency.p50,
    p99Ms: task.result.latency.p99,
  }));
}

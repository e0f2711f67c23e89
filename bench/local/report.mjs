// Prints bench/local's table and writes the results file.
//
//   BENCH_CONFIG='{...}' node report.mjs DRIVER_JSON OUT_JSON
//
// DRIVER_JSON is driver.mjs's output; BENCH_CONFIG (JSON) the run's settings
// from bench/local/run. OUT_JSON gets both, with the date.

import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const d = JSON.parse(readFileSync(input, 'utf8'));
const config = {
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  ...JSON.parse(process.env.BENCH_CONFIG || '{}'),
};
writeFileSync(output, JSON.stringify({ config, ...d }, null, 2) + '\n');

const a = d.summary['in-process'];
const b = d.summary['llama-server'];
const fmt = (x, digits = 1) => (x === null || x === undefined ? '-' : x.toFixed(digits));
const ratio = (x, y) => (x && y ? `${(x / y).toFixed(2)}x` : '-');
const n = d.settings.concurrency;
const promptTokens = (s) => s.ttft_prompt_tokens.join('/');
const promptLabel =
  promptTokens(a) === promptTokens(b) ? promptTokens(a) : `${promptTokens(a)} | ${promptTokens(b)}`;
const rows = [
  ['single-stream decode, tokens/s', fmt(a.single_decode_tps), fmt(b.single_decode_tps), ratio(a.single_decode_tps, b.single_decode_tps)],
  [`aggregate, ${n} concurrent streams, tokens/s`, fmt(a.aggregate_tps), fmt(b.aggregate_tps), ratio(a.aggregate_tps, b.aggregate_tps)],
  [`  steady state (all ${n} generating), tokens/s`, fmt(a.steady_tps), fmt(b.steady_tps), ratio(a.steady_tps, b.steady_tps)],
  [`time to first token, ${promptLabel}-token prompt, ms`, fmt(a.ttft_ms, 0), fmt(b.ttft_ms, 0), ratio(a.ttft_ms, b.ttft_ms)],
  [`  slowest first token of the ${n} streams, ms`, fmt(a.multi_ttft_max_ms, 0), fmt(b.multi_ttft_max_ms, 0), ratio(a.multi_ttft_max_ms, b.multi_ttft_max_ms)],
  ['CPU per token, single stream, ms', fmt(a.single_cpu_ms_per_token), fmt(b.single_cpu_ms_per_token), ratio(a.single_cpu_ms_per_token, b.single_cpu_ms_per_token)],
  [`CPU per token, ${n} streams, ms`, fmt(a.multi_cpu_ms_per_token), fmt(b.multi_cpu_ms_per_token), ratio(a.multi_cpu_ms_per_token, b.multi_cpu_ms_per_token)],
  ['CPU for the time-to-first-token request, ms', fmt(a.ttft_cpu_ms, 0), fmt(b.ttft_cpu_ms, 0), ratio(a.ttft_cpu_ms, b.ttft_cpu_ms)],
];
const m = config.machine || {};
console.log(`\nSwitchyard local inference benchmark (${config.date}, ${m.cores} cores, load average ${m.load_before} -> ${m.load_after})`);
console.log(`model ${config.model?.file}: ${config.model?.shape}, Q4_0, ${config.model?.params} parameters`);
console.log(
  `threads ${config.threads}, slots ${config.parallel}, context ${config.ctx_per_slot} per slot, ` +
    `batch/ubatch ${config.batch}/${config.ubatch}, flash attention ${config.flash_attn}, OMP_WAIT_POLICY=${config.omp_wait_policy}`,
);
console.log(
  `max_tokens ${d.settings.max_tokens} (ignore_eos asked; rates use usage counts); completion tokens per run: single ${a.single_tokens} | ${b.single_tokens}, ` +
    `concurrent ${a.multi_tokens} | ${b.multi_tokens}; medians of ${d.settings.reps} runs\n`,
);
console.log('| metric | in-process | llama-server | in-process / llama-server |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);

// The streaming, incremental build (src/corpus buildCorpus) as a process of its own, so the
// bench can time it and read its peak RSS. Usage: build.js DIR [--clean]; prints the summary.
const [dir, flag] = process.argv.slice(2);
const { buildCorpus } = await import('../dist/corpus/index.js');
const summary = await buildCorpus(dir, { clean: flag === '--clean' });
process.stdout.write(JSON.stringify(summary) + '\n');

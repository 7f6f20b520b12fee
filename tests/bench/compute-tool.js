// compute-tool.js: runs the equalshares.net compute tool's own worker
// (github:equalshares/equalshares-compute-tool, js/methodOfEqualSharesWorker.js
// and js/pabulibParser.js, not copied here) in node on .pb files, for
// bench-budget.sh.  The tool is read from the checkout named by CT_DIR.
//
// usage: CT_DIR=DIR node compute-tool.js COMPLETION OPTIONS ACCURACY FILE.pb ...
//   COMPLETION  none, add1, add1u (the tool's names); OPTIONS the add1
//   options, comma-separated (exhaustive,integral); ACCURACY floats or
//   fractions.  Prints per file its name, the seconds of the computation
//   alone, the winners and the endowment.
const fs = require('fs'), vm = require('vm'), path = require('path');
const dir = process.env.CT_DIR;
const ctx = { postMessage() {}, performance, console };
ctx.importScripts = (f) => vm.runInContext(fs.readFileSync(path.join(dir, 'js', f), 'utf8'), ctx);
vm.createContext(ctx);
vm.runInContext(fs.readFileSync(path.join(dir, 'js/methodOfEqualSharesWorker.js'), 'utf8'), ctx);
// the parser is an ES module: its one export becomes a plain function
vm.runInContext(fs.readFileSync(path.join(dir, 'js/pabulibParser.js'), 'utf8').replace(/^export /m, ''), ctx);
const [completion, options, accuracy, ...files] = process.argv.slice(2);
for (const f of files) {
	const instance = ctx.parsePabulibFromString(fs.readFileSync(f, 'utf8'));
	const params = { tieBreaking: ['minCost', 'maxVotes'], completion,
	    add1options: options.split(','), comparison: 'none', accuracy, increment: 1 };
	const t0 = performance.now();
	const r = ctx.equalShares(instance, params);
	const t = (performance.now() - t0) / 1000;
	console.log(path.basename(f), t.toFixed(3) + 's', r.winners.join(' '), 'endowment=' + r.notes.endowment);
}

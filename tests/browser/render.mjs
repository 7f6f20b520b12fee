// render.mjs [--shots DIR] [--name NAME] FILE.html: renders a page of samen
// in Debian's headless Chromium, as a reader's browser would, and says in
// a few stable lines what came out:
//
//   pages N              printed to PDF on A4, no header or footer
//   width 1200: fits     the document is no wider than a 1200 px window
//   width 390: fits      nor than a phone's (else how wide, and the
//                        widest element)
//   requests 0           requests other than the page's own file: URL and
//                        data: (each is blocked, and named)
//
// The PDF and full-page screenshots at both widths land in DIR (default
// build/shots of the source tree) as NAME.pdf, NAME-1200.png and
// NAME-390.png, NAME the file's name without .html, for a person to look
// at.  Exit 0 when it fits at both widths and asked for nothing, 1 when
// not, 2 when it could not render.  playwright-core comes from
// $SAMEN_NODE_DIR (build/node), where make check installs it.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WIDTHS = [1200, 390];
const HEIGHT = 900;
// No step of a render may take longer: a hung browser fails the test.
const LIMIT_MS = 60000;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
	'--disable-background-networking', '--disable-component-update',
	'--disable-sync'];

// Ends the run with status 2 and says why: not a verdict on the page.
function die(msg) {
	process.stderr.write(`render: ${msg}\n`);
	process.exit(2);
}

// The options and the one file of the command line.
function parseArgs(argv) {
	const o = { shots: resolve(root, 'build/shots'), name: null, file: null };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--shots' || a === '--name') {
			if (i + 1 >= argv.length)
				die(`${a} needs a value`);
			o[a.slice(2)] = argv[++i];
		} else if (a.startsWith('-')) {
			die(`unknown option ${a}; usage: render.mjs [--shots DIR] [--name NAME] FILE.html`);
		} else if (o.file !== null) {
			die('one page at a time; usage: render.mjs [--shots DIR] [--name NAME] FILE.html');
		} else {
			o.file = a;
		}
	}
	if (o.file === null)
		die('usage: render.mjs [--shots DIR] [--name NAME] FILE.html');
	if (!existsSync(o.file))
		die(`${o.file}: no such file`);
	o.name ??= basename(o.file).replace(/\.html?$/, '');
	return o;
}

// playwright-core's chromium, from the folder make check installs into.
function loadChromium() {
	const dir = resolve(process.env.SAMEN_NODE_DIR ?? resolve(root, 'build/node'));
	try {
		return createRequire(resolve(dir, 'package.json'))('playwright-core').chromium;
	} catch {
		die(`no playwright-core in ${dir}; make check installs it ` +
		    '(sh tests/deps.sh cmd:npm=npm npm:playwright-core=tests/browser)');
	}
}

// The number of pages of a PDF that Chromium wrote: its page objects.
function countPdfPages(pdf) {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

// In the page: how wide the document is and, when wider than the window,
// the widest element that reaches past its right edge (the outermost of
// equals), named by its tag#id.class and those of two ancestors, so it can
// be found in the source.  Runs in the browser: self-contained.
function measureWidth() {
	const wide = document.documentElement.scrollWidth;
	const win = window.innerWidth;
	if (wide <= win)
		return { wide, win, widest: null };
	const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
	    [...el.classList].map((c) => '.' + c).join('');
	let best = document.body, most = -1;
	for (const el of document.body.querySelectorAll('*')) {
		const r = el.getBoundingClientRect();
		if (r.right + window.scrollX > win && r.width > most) {
			most = r.width;
			best = el;
		}
	}
	const path = [name(best)];
	for (let el = best.parentElement; el && el !== document.body && path.length < 3;
	    el = el.parentElement)
		path.unshift(name(el));
	return { wide, win, widest: `${path.join(' > ')} (${Math.round(most)} px)` };
}

// Renders the page at each width and into a PDF; returns the lines to say
// and whether the page passed.
async function render(chromium, o) {
	const url = pathToFileURL(resolve(o.file)).href;
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium', headless: true, args: FLAGS,
		timeout: LIMIT_MS,
	});
	const asked = [];
	const lines = [];
	let ok = true;
	try {
		const context = await browser.newContext({ viewport: { width: WIDTHS[0], height: HEIGHT } });
		await context.route('**/*', (route) => {
			const u = route.request().url();
			if (u === url || u.startsWith('data:'))
				return route.continue();
			asked.push(u);
			return route.abort('blockedbyclient');
		});
		const page = await context.newPage();
		page.setDefaultTimeout(LIMIT_MS);
		await page.goto(url, { waitUntil: 'load' });
		const pdf = await page.pdf({ format: 'A4', displayHeaderFooter: false,
			printBackground: true, preferCSSPageSize: false });
		writeFileSync(resolve(o.shots, `${o.name}.pdf`), pdf);
		lines.push(`pages ${countPdfPages(pdf)}`);
		for (const w of WIDTHS) {
			await page.setViewportSize({ width: w, height: HEIGHT });
			const m = await page.evaluate(measureWidth);
			await page.screenshot({ path: resolve(o.shots, `${o.name}-${w}.png`), fullPage: true });
			if (m.widest === null) {
				lines.push(`width ${w}: fits`);
			} else {
				ok = false;
				lines.push(`width ${w}: ${m.wide} px in a ${m.win} px window; widest ${m.widest}`);
			}
		}
	} finally {
		await browser.close();
	}
	const seen = [...new Set(asked)].sort();
	lines.push(`requests ${asked.length}`);
	for (const u of seen)
		lines.push(`  blocked ${u}`);
	if (asked.length > 0)
		ok = false;
	return { lines, ok };
}

const o = parseArgs(process.argv.slice(2));
const chromium = loadChromium();
mkdirSync(o.shots, { recursive: true });
render(chromium, o).then(({ lines, ok }) => {
	process.stdout.write(lines.join('\n') + '\n');
	process.exit(ok ? 0 : 1);
}, (e) => die(`${o.file}: ${e.message.split('\n')[0]}`));

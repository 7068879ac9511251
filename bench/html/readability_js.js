// Mozilla Readability 0.6.0 with jsdom over the Zyte benchmark's pages: one JSON line
// {"id","text"} a page on standard output, pages per second (one thread) on standard error.
// A measuring instrument for bench/html/run.sh, not part of Triangulate.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const dir = path.join(process.argv[2], "html");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".html.gz")).sort();
const pages = files.map((f) => [f.replace(/\.html\.gz$/, ""), zlib.gunzipSync(fs.readFileSync(path.join(dir, f)))]);
const quiet = new VirtualConsole();
const start = process.hrtime.bigint();
for (const [id, bytes] of pages) {
  let text = "";
  try {
    const dom = new JSDOM(bytes, { virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : "";
    dom.window.close();
  } catch (e) {
    text = "";
  }
  process.stdout.write(JSON.stringify({ id, text }) + "\n");
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stderr.write(`readability.js pages/s ${(pages.length / seconds).toFixed(1)}\n`);

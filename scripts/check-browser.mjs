// `npm run check:browser`: opens every HTML report of the example ISMS (and of a starter
// document, which carries the draft notice and undecided controls), rendered by the built
// package, in headless Chromium, and checks that the pages fit:
//
//   screen: a 1280 px wide viewport;
//   print:  print media at the width of the A4 page box each page asks for in its @page rule
//           (297 mm or 210 mm less 2 × 12 mm margins, at 96 px per inch).
//
// In each layout it asserts, in the page:
//   1. the page does not scroll sideways: documentElement.scrollWidth <= its clientWidth;
//   2. no element overflows its own box: for every element that generates a box (display not
//      inline, contents or none; SVG internals are left out, the <svg> itself is checked) and
//      is not a scroll container by design (overflow-x auto or scroll), scrollWidth <= clientWidth;
//   3. no table is wider than its container's content box or than the viewport;
//   4. no id or date wraps: every element of class `id` or `date` has exactly one line box
//      (getClientRects().length === 1).
// A difference of up to 1 px is allowed for rounding. It writes full-page screenshots to
// artifacts/browser/ and prints what it measured. It exits 1 and lists the offending elements
// when a check fails. `--self-test` renders a deliberately broken page (into
// artifacts/browser/self-test/) and exits 1 unless the checks catch every fault in it.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const selfTest = process.argv.includes("--self-test");
const OUT = resolve(process.env.BROWSER_ARTIFACTS ?? "artifacts/browser", selfTest ? "self-test" : ".");
const SCREEN_WIDTH = 1280;
const PX_PER_MM = 96 / 25.4;
const PAGE_MARGIN_MM = 12;
const A4 = { portrait: 210, landscape: 297 };

/** Runs in the page: the four checks, and what was measured. */
function measure() {
  const TOLERANCE = 1;
  const problems = [];
  const describe = (element) => {
    const classes = typeof element.className === "string" && element.className !== "" ? `.${element.className.trim().split(/\s+/).join(".")}` : "";
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
    const path = [];
    for (let node = element; node && node !== document.body; node = node.parentElement) {
      const siblings = node.parentElement ? [...node.parentElement.children].filter((child) => child.tagName === node.tagName) : [];
      path.unshift(`${node.tagName.toLowerCase()}${siblings.length > 1 ? `:nth-of-type(${siblings.indexOf(node) + 1})` : ""}`);
    }
    return `${element.tagName.toLowerCase()}${classes} "${text}" (${["body", ...path].join(" > ")})`;
  };
  const root = document.documentElement;
  const viewport = root.clientWidth;
  if (root.scrollWidth > viewport + TOLERANCE) problems.push(`page scrolls sideways: scrollWidth ${root.scrollWidth} > viewport ${viewport}`);

  let boxes = 0;
  for (const element of [document.body, ...document.body.querySelectorAll("*")]) {
    if (element.closest("svg") && element.tagName.toLowerCase() !== "svg") continue;
    const style = getComputedStyle(element);
    if (style.display === "inline" || style.display === "contents" || style.display === "none") continue;
    if (style.overflowX === "auto" || style.overflowX === "scroll") continue;
    boxes += 1;
    if (element.tagName.toLowerCase() === "svg") {
      const rect = element.getBoundingClientRect();
      const parent = element.parentElement.getBoundingClientRect();
      if (rect.right > parent.right + TOLERANCE || rect.right > viewport + TOLERANCE) problems.push(`overflow: ${describe(element)} ends at ${Math.round(rect.right)} px, its container at ${Math.round(parent.right)} px`);
      continue;
    }
    if (element.scrollWidth > element.clientWidth + TOLERANCE) problems.push(`overflow: ${describe(element)} scrollWidth ${element.scrollWidth} > clientWidth ${element.clientWidth}`);
  }

  const tables = [];
  for (const table of document.querySelectorAll("table")) {
    const parent = table.parentElement;
    const style = getComputedStyle(parent);
    const box = parent.getBoundingClientRect();
    const contentRight = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
    const rect = table.getBoundingClientRect();
    tables.push(Math.round(rect.width));
    if (rect.right > contentRight + TOLERANCE || rect.right > viewport + TOLERANCE) {
      problems.push(`table too wide: ${describe(table).slice(0, 90)} ends at ${Math.round(rect.right)} px, its container's content at ${Math.round(contentRight)} px (viewport ${viewport} px)`);
    }
  }

  const unbreakable = document.querySelectorAll(".id, .date");
  for (const element of unbreakable) {
    const lines = element.getClientRects().length;
    if (lines !== 1) problems.push(`wraps: ${describe(element)} has ${lines} line boxes`);
  }
  const pageRule = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).find((rule) => rule.constructor.name === "CSSPageRule");
  return { viewport, scrollWidth: root.scrollWidth, boxes, tables, unbreakable: unbreakable.length, pageSize: pageRule?.style.getPropertyValue("size") ?? "", problems };
}

function printWidth(pageSize) {
  const orientation = /landscape/.test(pageSize) ? "landscape" : "portrait";
  return { orientation, width: Math.floor((A4[orientation] - 2 * PAGE_MARGIN_MM) * PX_PER_MM) };
}

async function checkPage(browser, file, label) {
  const page = await browser.newPage({ viewport: { width: SCREEN_WIDTH, height: 900 } });
  const failures = [];
  try {
    await page.goto(pathToFileURL(file).href);
    await page.emulateMedia({ media: "screen" });
    const screen = await page.evaluate(measure);
    await page.screenshot({ path: join(OUT, `${label}-screen.png`), fullPage: true });
    const { orientation, width } = printWidth(screen.pageSize);
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ media: "print" });
    const print = await page.evaluate(measure);
    await page.screenshot({ path: join(OUT, `${label}-print.png`), fullPage: true });
    console.log(
      `${label}: screen ${screen.viewport} px (page ${screen.scrollWidth} px, ${screen.boxes} boxes, ${screen.tables.length} tables [${screen.tables.join(", ")}] px, ${screen.unbreakable} ids/dates); ` +
        `print A4 ${orientation} ${print.viewport} px (page ${print.scrollWidth} px, tables [${print.tables.join(", ")}] px, ${print.unbreakable} ids/dates)`,
    );
    for (const problem of screen.problems) failures.push(`${label} [screen ${screen.viewport} px]: ${problem}`);
    for (const problem of print.problems) failures.push(`${label} [print A4 ${orientation}]: ${problem}`);
  } finally {
    await page.close();
  }
  return failures;
}

function brokenPage() {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>broken</title><style>@page{size:A4 portrait}td{border:1px solid}</style></head><body>
<h1>A page that must fail</h1>
<table><tbody><tr><td style="white-space:nowrap">${"a very long unbreakable cell ".repeat(12)}</td></tr></tbody></table>
<table style="table-layout:fixed;width:300px"><tbody><tr><td style="white-space:nowrap">2026-11-27 2026-11-28 2026-11-29 2026-11-30</td></tr></tbody></table>
<div style="width:3rem"><span class="id" style="white-space:normal">R-0001-0002-0003 A-INF-CUST-DATA</span></div>
<div style="width:200px"><span class="date">2026-11-27</span><div style="width:400px">wider than its parent</div></div>
</body></html>`;
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, "pages"), { recursive: true });
  const browser = await chromium.launch({
    executablePath: EXECUTABLE,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    if (selfTest) {
      const file = join(OUT, "pages", "broken.html");
      writeFileSync(file, brokenPage());
      const failures = await checkPage(browser, file, "self-test-broken");
      const expected = ["page scrolls sideways", "overflow: body", "overflow: td", "table too wide", "wraps: span.id", "overflow: div"];
      const missed = expected.filter((kind) => !failures.some((failure) => failure.includes(kind)));
      for (const failure of failures) console.log(`  caught: ${failure}`);
      if (missed.length > 0) {
        console.error(`self-test FAILED: the checks missed ${missed.join("; ")}`);
        process.exitCode = 1;
      } else {
        console.log(`self-test passed: the broken page fails with ${failures.length} problems, every kind caught.`);
      }
      return;
    }
    const { createStarterIsms } = await import("isms");
    const { createExampleIsms, EXAMPLE_AS_OF } = await import("isms/example");
    const { renderIsmsReport } = await import("isms/report");
    const sets = [
      ["example", createExampleIsms(), EXAMPLE_AS_OF],
      ["starter", createStarterIsms({ organisation: "Starter Ltd", date: "2026-01-05" }), "2026-01-05"],
    ];
    const failures = [];
    let pages = 0;
    for (const [name, document, asOf] of sets) {
      for (const [file, content] of renderIsmsReport(document, { asOf })) {
        if (!file.endsWith(".html")) continue;
        const path = join(OUT, "pages", `${name}-${file}`);
        writeFileSync(path, content);
        failures.push(...(await checkPage(browser, path, `${name}-${file.replace(/\.html$/, "")}`)));
        pages += 1;
      }
    }
    if (failures.length > 0) {
      console.error(`\n${failures.length} layout problems in ${pages} pages:`);
      for (const failure of failures) console.error(`  ${failure}`);
      process.exitCode = 1;
    } else {
      console.log(`\n${pages} pages fit at ${SCREEN_WIDTH} px and on A4; no id or date wraps. Screenshots in ${OUT}`);
    }
  } finally {
    await browser.close();
  }
}

await main();

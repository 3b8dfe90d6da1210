// Renders each model's diagram (its root plane and each sub-process plane) to SVG with bpmn-js, in Debian's
// headless Chromium (apt-get install chromium), as the README shows them.
//   node render.mjs <out dir> <model.bpmn>…
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'fs';
import { basename } from 'path';

const viewerJs = readFileSync(new URL('./node_modules/bpmn-js/dist/bpmn-viewer.production.min.js', import.meta.url), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css'].map(f =>
  readFileSync(new URL('./node_modules/bpmn-js/dist/assets/' + f, import.meta.url), 'utf8')).join('\n');
const [outDir, ...files] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const page = await browser.newPage({ deviceScaleFactor: 2 });
await page.setContent(`<html><head><style>${css} body{margin:0;background:#fff} #c{width:2400px;height:1200px}</style></head><body><div id="c"></div></body></html>`);
await page.addScriptTag({ content: viewerJs });
for (const file of files) {
  const xml = readFileSync(file, 'utf8');
  const planes = await page.evaluate(async (xml) => {
    window.viewer && window.viewer.destroy();
    window.viewer = new BpmnJS({ container: '#c' });
    await window.viewer.importXML(xml);
    const canvas = window.viewer.get('canvas');
    return canvas.getRootElements().map(r => r.id);
  }, xml);
  for (const plane of planes) {
    const svg = await page.evaluate(async (plane) => {
      const canvas = window.viewer.get('canvas');
      canvas.setRootElement(canvas.findRoot(plane) || canvas.getRootElements().find(r => r.id === plane));
      const { svg } = await window.viewer.saveSVG();
      return svg;
    }, plane);
    const name = basename(file, '.bpmn') + (plane.endsWith('_plane') ? '-' + plane.replace(/_plane$/, '') : '');
    writeFileSync(`${outDir}/${name}.svg`, svg);
    console.log('rendered', name);
  }
}
await browser.close();

// Pictures for the README (run through e2e/bilder):
//  1. every processes/*.bpmn rendered offline with the bpmn-js viewer in headless Chromium
//     -> docs/bilder/<processId>.svg and .png
//  2. Tasklist with real forms (needs AQB_BASE_URL of a running demo app; skipped with --nur-bpmn)
//     -> docs/bilder/tasklist-entwurf-erstellen.png, tasklist-entwurf-pruefen.png, tasklist-mittelabruf-pruefen.png,
//        tasklist-verwendungsnachweis.png, and the clerk's desk: tasklist-erster-bildschirm.png, cockpit.png
//  (the webapps' own user-styles.css hides Camunda's end-of-life banner: the pictures show what clerks see)
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  E2E_DIR, starteBrowser, neueSeite, anmelden, aufgabeOeffnen, uebernehmen, feldAusfuellen, radio, abschliessen,
  freierFoerderfall, starteFoerderfallPerRest, warteAufAufgabe, Rest, BASE_URL,
} from './lib/aqb.mjs';

const ROOT = path.resolve(E2E_DIR, '..');
const ZIEL = path.join(ROOT, 'docs', 'bilder');
const VIEWER = path.join(E2E_DIR, 'node_modules', 'bpmn-js', 'dist');
mkdirSync(ZIEL, { recursive: true });

const browser = await starteBrowser();
try {
  await bpmnBilder();
  if (!process.argv.includes('--nur-bpmn')) await tasklistBilder();
} finally {
  await browser.close();
}

async function bpmnBilder() {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8">
    <style>html,body{margin:0;background:#fff} #canvas{width:100vw;height:100vh}</style></head>
    <body><div id="canvas"></div></body></html>`);
  for (const css of ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn-embedded.css']) {
    await page.addStyleTag({ path: path.join(VIEWER, 'assets', css) });
  }
  await page.addScriptTag({ path: path.join(VIEWER, 'bpmn-navigated-viewer.production.min.js') });

  const dateien = readdirSync(path.join(ROOT, 'processes')).filter((f) => f.endsWith('.bpmn')).sort();
  for (const datei of dateien) {
    const xml = readFileSync(path.join(ROOT, 'processes', datei), 'utf8');
    const prozessId = (xml.match(/<bpmn:process\b[^>]*\bid="([^"]+)"/) || [])[1] || path.basename(datei, '.bpmn');
    const groesse = await page.evaluate(async (xml) => {
      document.getElementById('canvas').innerHTML = '';
      // eslint-disable-next-line no-undef
      const viewer = new BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(xml);
      const canvas = viewer.get('canvas');
      const box = canvas.getActiveLayer().getBBox();
      const { svg } = await viewer.saveSVG();
      window.__viewer = viewer;
      return { breite: Math.ceil(box.width), hoehe: Math.ceil(box.height), svg, warnungen: warnings.map((w) => w.message) };
    }, xml);
    if (groesse.warnungen.length) console.log(`${datei}: Warnungen beim Import: ${groesse.warnungen.join('; ')}`);
    writeFileSync(path.join(ZIEL, `${prozessId}.svg`), groesse.svg);
    // viewport as large as the diagram (plus margin), so the PNG shows it at 100 % and stays readable
    const breite = Math.min(Math.max(groesse.breite + 80, 600), 4000);
    const hoehe = Math.min(Math.max(groesse.hoehe + 80, 300), 3000);
    await page.setViewportSize({ width: breite, height: hoehe });
    await page.evaluate(() => { const c = window.__viewer.get('canvas'); c.resized(); c.zoom('fit-viewport', 'auto'); });
    await page.screenshot({ path: path.join(ZIEL, `${prozessId}.png`) });
    console.log(`docs/bilder/${prozessId}.png (${breite}×${hoehe}) und .svg aus processes/${datei}`);
  }
  await page.close();
}

async function tasklistBilder() {
  await schreibtischBilder();
  const ministerium = new Rest('hmsi.sachbearbeitung');
  const kommunen = { '06437': 'odenwald.sachbearbeitung', '06414': 'wiesbaden.sachbearbeitung', '06533': 'limburg.sachbearbeitung' };
  const fall = await freierFoerderfall(Object.keys(kommunen));
  await starteFoerderfallPerRest(ministerium, fall.gebietskoerperschaft, fall.jahr);
  await warteAufAufgabe(ministerium, fall.nummer, 'Entwurf erstellen');
  console.log(`Tasklist-Bilder mit ${fall.nummer} gegen ${BASE_URL}`);

  const page = await neueSeite(browser, { breite: 1440, hoehe: 1300 });
  await anmelden(page, 'hmsi.sachbearbeitung');
  const entwurf = await aufgabeOeffnen(page, 'Entwurf erstellen', fall.nummer);
  await uebernehmen(page);
  await feldAusfuellen(entwurf, 'Haushaltsmittel nach § 4 in Euro *', '491550');
  await feldAusfuellen(entwurf, '1. Ausbildungsvorbereitung', 'Fit für den Beruf\nBerufsorientierung Plus');
  await feldAusfuellen(entwurf, '3. Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung', 'Qualifizierung Pflegehilfe');
  await feldAusfuellen(entwurf, 'Zeitraum „Bündnis für Ausbildung“ *', '2025 bis 2029');
  await feldAusfuellen(entwurf, 'Name (Ministerium) *', 'Heike Hofmann');
  await feldAusfuellen(entwurf, 'Funktion (Ministerium) *', 'Staatsministerin');
  await feldAusfuellen(entwurf, 'Name (Gebietskörperschaft) *', 'Frank Matiaske');
  await feldAusfuellen(entwurf, 'Funktion (Gebietskörperschaft) *', 'Landrat');
  await radio(entwurf, 'Weiteres Vorgehen *', 'Entwurf an die Gebietskörperschaft zur Prüfung senden');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(ZIEL, 'tasklist-entwurf-erstellen.png') });
  console.log('docs/bilder/tasklist-entwurf-erstellen.png');
  await abschliessen(page);

  const kommune = kommunen[fall.gebietskoerperschaft];
  await warteAufAufgabe(new Rest(kommune), fall.nummer, 'Entwurf prüfen');
  const page2 = await neueSeite(browser, { breite: 1440, hoehe: 1100 });
  await anmelden(page2, kommune);
  const pruefung = await aufgabeOeffnen(page2, 'Entwurf prüfen', fall.nummer);
  await uebernehmen(page2);
  await radio(pruefung, 'Ihre Entscheidung *', 'Änderungen erbitten');
  await feldAusfuellen(pruefung, 'Welche Änderungen erbitten Sie? *', 'Bitte das Projekt „Berufsorientierung Plus“ unter Maßnahmenart 2 führen.');
  await page2.mouse.move(0, 0);
  await page2.screenshot({ path: path.join(ZIEL, 'tasklist-entwurf-pruefen.png') });
  console.log('docs/bilder/tasklist-entwurf-pruefen.png');

  // the demo story's later stages: Darmstadt 2025's Mittelabruf at the RP, Wiesbaden 2025's Verwendungsnachweis
  const page3 = await neueSeite(browser, { breite: 1440, hoehe: 1100 });
  await anmelden(page3, 'rp.pruefung');
  const abruf = await aufgabeOeffnen(page3, 'Mittelabruf prüfen', 'AQB-2025-06411');
  await uebernehmen(page3);
  const pruefen = abruf.locator('form[name="mittelabrufPruefen"]');
  await pruefen.locator('input[name="mittelabrufEntscheidung"][value="kuerzen"]').check();
  await pruefen.locator('tr[data-massnahme] input').nth(0).fill('40.000,00');
  await pruefen.locator('tr[data-massnahme] input').nth(1).fill('30.384,00');
  await pruefen.locator('#mittelabrufBegruendung').fill('Die Raummiete für den übernächsten Monat ist noch nicht fällig.');
  await page3.mouse.move(0, 0);
  await page3.screenshot({ path: path.join(ZIEL, 'tasklist-mittelabruf-pruefen.png') });
  console.log('docs/bilder/tasklist-mittelabruf-pruefen.png');

  const page4 = await neueSeite(browser, { breite: 1440, hoehe: 1500 });
  await anmelden(page4, 'wiesbaden.sachbearbeitung');
  const vn = await aufgabeOeffnen(page4, 'Verwendungsnachweis erstellen', 'AQB-2025-06414');
  await uebernehmen(page4);
  const form = vn.locator('form[name="verwendungsnachweis"]');
  await form.getByLabel('Was wurde durchgeführt? *', { exact: true }).fill('Neun Maßnahmen wie im Antrag geplant; „Fit für den Beruf“ mit zwei Gruppen.');
  await form.getByLabel('Teilnehmende (Anzahl, Zielgruppe, Verbleib) *', { exact: true }).fill('214 Teilnehmende, davon 61 in Ausbildung und 38 in Arbeit vermittelt.');
  await form.getByLabel('Ergebnisse *', { exact: true }).fill('Vermittlungsquote 46 %; Abbruchquote 9 %.');
  await page4.mouse.move(0, 0);
  await page4.screenshot({ path: path.join(ZIEL, 'tasklist-verwendungsnachweis.png') });
  console.log('docs/bilder/tasklist-verwendungsnachweis.png');
}

/** The first screen of an RP clerk right after login (no click), and the case's instances in Cockpit. */
async function schreibtischBilder() {
  const page = await neueSeite(browser, { breite: 1440, hoehe: 900 });
  await anmelden(page, 'rp.pruefung');
  await page.locator('.task-filters .task-filter.active .counter').waitFor();
  await page.locator('ol.tasks-list li.task').first().waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(ZIEL, 'tasklist-erster-bildschirm.png') });
  console.log('docs/bilder/tasklist-erster-bildschirm.png');

  const [definition] = await new Rest('hmsi.sachbearbeitung').get('/process-definition', { key: 'foerderfall', latestVersion: 'true' });
  const cockpit = await neueSeite(browser, { breite: 1440, hoehe: 900 });
  await anmelden(cockpit, 'hmsi.sachbearbeitung');
  await cockpit.goto(`${BASE_URL}/camunda/app/cockpit/default/#/process-definition/${definition.id}/runtime`);
  await cockpit.locator('td.business-key').first().waitFor({ timeout: 30_000 });
  await cockpit.waitForTimeout(1500); // the diagram renders after the table
  await cockpit.mouse.move(0, 0);
  await cockpit.screenshot({ path: path.join(ZIEL, 'cockpit.png') });
  console.log('docs/bilder/cockpit.png');
}

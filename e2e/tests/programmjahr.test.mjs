// Journey p (issue 12): the programme year. The ministry uploads the 2027 allocation of all 27 bodies as CSV and a second
// ministry person releases it (Vier-Augen); 26 new cases plus none twice appear, visible in Cockpit. A process owner opens
// the budget overview from the Cockpit dashboard plugin and sees the chart; a body's clerk sees only its own line.
// Uses the year 2027, which no other journey uses (they pick free cases in 2025/2026, lib/aqb.mjs JAHRE).
// With AQB_BILDER=1 it also writes the README pictures docs/bilder/budgetuebersicht.png (the demo year 2025) and
// cockpit-budgetuebersicht.png.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  journey, Rest, BASE_URL, E2E_DIR, anmelden, abmelden, aufgabeOeffnen, uebernehmen, abschliessen, erwarteMeldung, warteBis,
  neueSeite,
} from '../lib/aqb.mjs';

const JAHR = 2027;
const COCKPIT = `${BASE_URL}/camunda/app/cockpit/default/`;
const BILDER = process.env.AQB_BILDER === '1' ? path.join(E2E_DIR, '..', 'docs', 'bilder') : null;

/** All bodies valid in 2027 (Hanau included), by AGS: one million each, Wiesbaden 1.2 million (200,000 earmarked). */
function zuteilungCsv() {
  const zeilen = fs.readFileSync(path.join(E2E_DIR, '..', 'src/main/resources/referenz/gebietskoerperschaften.csv'), 'utf8')
    .split('\n').filter((z) => /^\d{8};/.test(z)).map((z) => z.split(';'))
    .filter(([, , , , , , bis]) => !bis).map(([ags]) => (ags === '06414000' ? `${ags};1.200.000,00;200.000` : `${ags};1.000.000,00;`));
  return '\uFEFFGebietskörperschaft;Betrag;davon zweckgebunden\r\n' + zeilen.join('\r\n') + '\r\n';
}

async function anzahlFaelle(rest) {
  return (await rest.get('/process-instance/count', { processDefinitionKey: 'foerderfall', businessKeyLike: `AQB-${JAHR}-%` })).count;
}

journey('p) Programmjahr: Zuteilung hochladen, zweite Person gibt frei, 27 Förderfälle; Budgetübersicht aus dem Cockpit', async ({ page, browser }) => {
  const ministerium = new Rest('hmsi.sachbearbeitung');
  assert.equal(await anzahlFaelle(ministerium), 0, `das Jahr ${JAHR} ist schon belegt (frische Datenbank nötig)`);
  const datei = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aqb-pj-')), `zuteilung-${JAHR}.csv`);
  fs.writeFileSync(datei, zuteilungCsv());

  await anmelden(page, 'hmsi.sachbearbeitung');
  await page.getByText('Prozess starten', { exact: true }).click();
  const dialog = page.locator('.modal-content');
  await dialog.locator('a', { hasText: 'AQB-Programmjahr' }).click();
  await dialog.getByLabel('Programmjahr *').fill(String(JAHR));
  await dialog.getByLabel('oder Datei (CSV/XLSX)').setInputFiles(datei);
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  await erwarteMeldung(page, 'Der Prozess wurde gestartet.');
  fs.rmSync(datei);

  // the drafter may not release it herself
  await aufgabeOeffnen(page, 'Zuteilung freigeben', 'AQB-Programmjahr');
  await page.getByText('Diese Aufgabe übernehmen', { exact: true }).click();
  await erwarteMeldung(page, 'Vier-Augen-Prinzip');
  await abmelden(page);

  await anmelden(page, 'hmsi.ministerin');
  const freigabe = await aufgabeOeffnen(page, 'Zuteilung freigeben', 'AQB-Programmjahr');
  await uebernehmen(page);
  await freigabe.getByText('27 Gebietskörperschaften, zusammen 27.200.000,00 € von 27.700.000,00 € Landesbudget').waitFor();
  await freigabe.getByLabel('Zuteilung freigeben').check();
  await abschliessen(page);

  const beginn = Date.now();
  await warteBis(async () => (await anzahlFaelle(ministerium)) === 27, { timeout: 90_000, intervall: 1000, meldung: `27 Förderfälle ${JAHR}` });
  console.log(`# Programmjahr ${JAHR}: 27 Förderfälle nach ${((Date.now() - beginn) / 1000).toFixed(1)} s sichtbar`);

  // Cockpit: the year's instance and the cases; the dashboard plugin links to the overview
  const [definition] = await ministerium.get('/process-definition', { key: 'foerderfall', latestVersion: 'true' });
  const suche = encodeURIComponent(JSON.stringify([{ type: 'businessKey', operator: 'like', value: `AQB-${JAHR}-` }]));
  await page.goto(`${COCKPIT}#/process-definition/${definition.id}/runtime?searchQuery=${suche}`);
  await warteBis(async () => (await page.locator('td.business-key').allInnerTexts()).filter((t) => t.includes(`AQB-${JAHR}-`)).length >= 20,
    { meldung: `Förderfälle ${JAHR} in der Instanzliste von Cockpit` });
  await page.goto(COCKPIT);
  const plugin = page.locator('.aqb-budgetuebersicht');
  await plugin.getByText('AQB-Budgetübersicht').waitFor({ timeout: 30_000 });
  await plugin.locator('#aqb-budgetuebersicht-link').waitFor({ timeout: 30_000 }); // the totals have arrived
  if (BILDER) await plugin.screenshot({ path: path.join(BILDER, 'cockpit-budgetuebersicht.png') });
  const [uebersicht] = await Promise.all([page.context().waitForEvent('page'), plugin.locator('#aqb-budgetuebersicht-link').click()]);
  await uebersicht.waitForLoadState();
  await uebersicht.locator('#jahr').selectOption(String(JAHR));
  await uebersicht.getByRole('button', { name: 'Anzeigen' }).click();
  await uebersicht.locator('h1', { hasText: `Budgetübersicht AQB ${JAHR}` }).waitFor();
  assert.equal(await uebersicht.locator('#budget tbody tr').count(), 27);
  await warteBis(() => uebersicht.evaluate(() => window.aqbDiagramm && window.aqbDiagramm.data.labels.length === 27),
    { meldung: 'Diagramm mit 27 Balken' });
  assert.equal(await uebersicht.evaluate(() => window.aqbDiagramm.scales.y.ticks.length), 27, 'jeder Balken mit dem Namen seiner Körperschaft');
  assert.match(await uebersicht.locator('#budget tfoot').innerText(), /27\.200\.000,00 €/);
  if (BILDER) {
    // the README picture shows the demo's programme year 2025, where money has moved
    await uebersicht.locator('#jahr').selectOption('2025');
    await uebersicht.getByRole('button', { name: 'Anzeigen' }).click();
    await uebersicht.locator('h1', { hasText: 'Budgetübersicht AQB 2025' }).waitFor();
    await uebersicht.setViewportSize({ width: 1400, height: 1400 });
    await uebersicht.waitForTimeout(500);
    await uebersicht.screenshot({ path: path.join(BILDER, 'budgetuebersicht.png') });
  }

  // a body's clerk: only its own line, in the page and through the JSON endpoint
  const frankfurt = await neueSeite(browser);
  await anmelden(frankfurt, 'frankfurt.sachbearbeitung');
  await frankfurt.goto(`${BASE_URL}/programmjahr/uebersicht?jahr=${JAHR}`);
  await frankfurt.locator('#budget').waitFor();
  const zeilen = frankfurt.locator('#budget tbody tr');
  assert.equal(await zeilen.count(), 1);
  assert.equal(await zeilen.first().getAttribute('data-kreisschluessel'), '06412');
  const json = await fetch(`${BASE_URL}/api/programmjahr/uebersicht?jahr=${JAHR}`, { headers: { Authorization: new Rest('frankfurt.sachbearbeitung').auth } });
  assert.equal(json.status, 200);
  assert.deepEqual((await json.json()).zeilen.map((z) => z.kreisschluessel), ['06412']);
  assert.equal((await fetch(`${BASE_URL}/api/programmjahr/uebersicht?jahr=${JAHR}`)).status, 401);
});

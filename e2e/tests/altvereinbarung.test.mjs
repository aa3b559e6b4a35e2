// Journey n: an agreement of an earlier year comes in. The ministry uploads the OCR text of a scanned 2025
// Zielvereinbarung (seed 001 as the Werra-Meißner-Kreis's, with typical OCR errors and an illegible name), reviews
// the reading beside the source text (the unread name is highlighted), corrects it and a project, and confirms. The
// agreement then stands in the body's history as imported, and the body's 2026 draft starts from its projects.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  journey, Rest, BASE_URL, E2E_DIR, anmelden, aufgabeOeffnen, uebernehmen, abschliessen, erwarteMeldung, warteBis,
  freierFoerderfall, starteFoerderfallPerRest, warteAufAufgabe, formFeld,
} from '../lib/aqb.mjs';

const KS = '06636'; // Werra-Meißner-Kreis: no demo users, no other journey uses it

/** Seed 001 as the Werra-Meißner-Kreis's agreement, damaged like a scan's OCR text. */
function ocrText() {
  const seed = fs.readFileSync(path.join(E2E_DIR, '..', 'src/test/resources/seeds/001_811fa2fd19689345.txt'), 'utf8');
  return seed.replaceAll('Odenwaldkreis', 'Werra-Meißner-Kreis').replace('Erbach, den', 'Eschwege, den')
    .replace('**1. Ausbildungsvorbereitung**', '3. Ausbildunqsvorbereitunq')          // misnumbered, q for g
    .replace('- TZ-Ausbildung Bewerbercenter', 'TZ-Ausbildung Bewerbercenter')         // lost bullet
    .replace('Frank Matiaske', '~/\\,-~ .\\/')                                         // illegible signature
    .replace('Die Förderung der aufgeführten', '- 3 -\nZielvereinbarung 2025 – Seite 3\nDie Förderung der aufgeführten');
}

journey('n) Altvereinbarung: hochladen, prüfen mit Korrektur, bestätigen; Grundlage des Entwurfs im Folgejahr', async ({ page }) => {
  const ministerium = new Rest('hmsi.sachbearbeitung');
  const fall = await freierFoerderfall([KS], [2026]);
  const datei = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'aqb-alt-')), 'werra-meissner-2025.txt');
  fs.writeFileSync(datei, ocrText());

  await anmelden(page, 'hmsi.sachbearbeitung');
  await page.getByText('Prozess starten', { exact: true }).click();
  const dialog = page.locator('.modal-content');
  await dialog.locator('a', { hasText: 'Altvereinbarung übernehmen' }).click();
  await dialog.getByLabel('Datei 1 *').setInputFiles(datei);
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  await erwarteMeldung(page, 'Der Prozess wurde gestartet.');
  fs.rmSync(datei);

  await warteBis(async () => (await ministerium.get('/task', { processDefinitionKey: 'altvereinbarung' })).length > 0,
    { timeout: 60_000, meldung: 'Aufgabe „Altvereinbarung prüfen“' });
  const ansicht = await aufgabeOeffnen(page, 'Altvereinbarung prüfen', 'Altvereinbarung übernehmen');
  await uebernehmen(page);
  // the reading beside the source text; the unread name is highlighted and listed
  await ansicht.locator('#quelltext').filter({ hasText: 'Werra-Meißner-Kreis' }).waitFor();
  assert.equal(await ansicht.locator('#kreisschluessel').inputValue(), KS);
  assert.equal(await ansicht.locator('#jahr').inputValue(), '2025');
  assert.equal(await ansicht.locator('#budget').inputValue(), '491550.00');
  assert.match(await ansicht.locator('#projekteText1').inputValue(), /^TZ-Ausbildung Webportal\nTZ-Ausbildung Bewerbercenter\nTZ-Ausbildung Chancenmarkt$/);
  assert.ok(await ansicht.locator('.form-group.has-warning #partnerName').count() === 1, 'unleserlicher Name nicht hervorgehoben');
  assert.match(await ansicht.locator('#unsicher-hinweis').innerText(), /Name/);

  // the clerk corrects: the name from the paper file, one project renamed
  await ansicht.locator('#partnerName').fill('Nicole Rathgeber');
  await ansicht.locator('#partnerTitel').fill('Landrätin');
  await ansicht.locator('#projekteText3').fill(
    'BUILD - Begrüßen und Integrieren - Leben in Deutschland 2025\nMInA - Migranten in Arbeit 2025\nDigital Praxis 2025\nBeratung on Tour (mobil)');
  await abschliessen(page);

  // stored as imported, in the body's history
  const historie = await fetch(`${BASE_URL}/api/altvereinbarungen/${KS}`, { headers: { Authorization: ministerium.auth } });
  assert.equal(historie.status, 200);
  const [eintrag] = await historie.json();
  assert.equal(eintrag.jahr, 2025);
  assert.equal(eintrag.partner, 'Landkreis Werra-Meißner-Kreis');
  assert.equal(eintrag.budgetCent, 49_155_000);
  assert.match(eintrag.status, /übernommen/);
  assert.equal(eintrag.unterzeichnungen[1].name, 'Nicole Rathgeber');
  assert.ok(eintrag.massnahmen['3'].includes('Beratung on Tour (mobil)'));

  // the body's 2026 draft starts from it
  await starteFoerderfallPerRest(ministerium, fall.gebietskoerperschaft, fall.jahr);
  await warteAufAufgabe(ministerium, fall.nummer, 'Entwurf erstellen', 60_000);
  const entwurf = await aufgabeOeffnen(page, 'Entwurf erstellen', fall.nummer);
  await warteBis(async () => (await formFeld(entwurf, '3. Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung')
    .locator('textarea').inputValue()).includes('Beratung on Tour (mobil)'), { meldung: 'Projekte des Vorjahrs im Entwurf' });
  await entwurf.getByText('Projekte aus der Zielvereinbarung 2025').first().waitFor();
});

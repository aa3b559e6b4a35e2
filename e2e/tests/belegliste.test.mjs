// Journey m: the Verwendungsnachweis of the demo case Wiesbaden 2025 (the only case that waits at "Verwendungsnachweis
// erstellen" on a fresh demo database; no other journey touches it): the body uploads its Belegliste as an Excel workbook
// (fixture e2e/fixtures/belegliste-e2e.xlsx, written by BeleglisteDateien.main), two RP clerks check it, the second rejects
// one Beleg with a reason; the recognised amount and the Rückforderung are checked through REST (ADR 9a).
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  journey, Rest, BASE_URL, E2E_DIR, anmelden, abmelden, aufgabeOeffnen, uebernehmen, abschliessen, assertText, radio,
  warteAufAufgabe, warteBis,
} from '../lib/aqb.mjs';

const FALL = 'AQB-2025-06414';
const KOMMUNE = 'wiesbaden.sachbearbeitung';
const XLSX = path.join(E2E_DIR, 'fixtures', 'belegliste-e2e.xlsx');
// the fixture: M1 15.000,00 + 10.000,50 (rows 2, 3); M2 800,00 (row 4, Bewirtung) + 7.200,00 (row 5)
const AUSGABEN = { M1: '25.000,50', M2: '8.000,00' };

async function nachweisVariablen(rest) {
  const [instanz] = await rest.get('/history/process-instance', { processInstanceBusinessKey: FALL, processDefinitionKey: 'nachweis' });
  assert.ok(instanz, `kein Nachweis zu ${FALL}`);
  const liste = await rest.get('/history/variable-instance', { processInstanceId: instanz.id, deserializeValues: 'false' });
  const variablen = {};
  for (const v of liste) if (!v.taskId && v.activityInstanceId === instanz.id) variablen[v.name] = v;
  return { instanz, variablen };
}

const json = (variable) => (typeof variable.value === 'string' ? JSON.parse(variable.value) : variable.value);

journey('m) Belegliste als Excel-Datei, die RP beanstandet einen Beleg, Anerkennung und Rückforderung folgen daraus', async ({ page }) => {
  const kommune = new Rest(KOMMUNE);
  const rpPruefung = new Rest('rp.pruefung');
  const rpFreigabe = new Rest('rp.freigabe');
  await warteAufAufgabe(kommune, FALL, 'Verwendungsnachweis erstellen', 60_000);

  // both templates are served
  for (const vorlage of ['belegliste-vorlage.xlsx', 'belegliste-vorlage.csv']) {
    const antwort = await fetch(`${BASE_URL}/formulare/${vorlage}`);
    assert.equal(antwort.status, 200, vorlage);
    assert.ok((await antwort.arrayBuffer()).byteLength > 50, `${vorlage} ist leer`);
  }

  await anmelden(page, KOMMUNE);
  let aufgabe = await aufgabeOeffnen(page, 'Verwendungsnachweis erstellen', FALL);
  await uebernehmen(page);
  const form = aufgabe.locator('form[name="verwendungsnachweis"]');
  await assertText(form, 'Verwendungsnachweis AQB 2025 – ');
  assert.equal(await form.locator('a[href="/formulare/belegliste-vorlage.xlsx"]').innerText(), 'Excel');
  await form.getByLabel('Was wurde durchgeführt? *', { exact: true }).fill('Alle Maßnahmen durchgeführt (E2E, Excel-Belegliste).');
  await form.getByLabel('Teilnehmende (Anzahl, Zielgruppe, Verbleib) *', { exact: true }).fill('120 Teilnehmende (E2E).');
  await form.getByLabel('Ergebnisse *', { exact: true }).fill('Vermittlungsquote 38 % (E2E).');
  await form.getByLabel('Teilnehmende (erreicht) in Ihren eigenen Maßnahmen (Anzahl) *', { exact: true }).fill('120');
  const zeilen = form.locator('tr[data-massnahme]');
  const anzahl = await zeilen.count();
  assert.ok(anzahl >= 2, 'zu wenige Maßnahmen im Demo-Fall');
  for (let i = 0; i < anzahl; i++) {
    const id = await zeilen.nth(i).getAttribute('data-massnahme');
    await zeilen.nth(i).locator('input').first().fill(AUSGABEN[id] ?? '0');
  }
  await form.getByLabel('Belegliste (CSV oder Excel) *', { exact: true }).setInputFiles(XLSX);
  await form.getByLabel(/Die Angaben sind vollständig und richtig/).check();
  await abschliessen(page);
  await abmelden(page);

  // the engine holds the workbook as uploaded and the rows with their receipt numbers
  let { instanz, variablen } = await nachweisVariablen(kommune);
  const belege = json(variablen.belege);
  assert.deepEqual(belege.map((b) => [b.zeile, b.belegnummer, b.betrag]),
    [[2, 'E2E-1', '15.000,00 €'], [3, 'E2E-2', '10.000,50 €'], [4, 'E2E-3', '800,00 €'], [5, 'E2E-4', '7.200,00 €']]);
  const datei = await fetch(`${BASE_URL}/engine-rest/process-instance/${instanz.id}/variables/beleglisteEingereicht/data`,
    { headers: { Authorization: kommune.auth } });
  assert.equal(datei.status, 200);
  assert.match(datei.headers.get('content-type') ?? '', /spreadsheetml/);

  // RP: sachlich (rp.pruefung)
  await warteAufAufgabe(rpPruefung, FALL, 'Verwendungsnachweis sachlich prüfen', 60_000);
  await anmelden(page, 'rp.pruefung');
  aufgabe = await aufgabeOeffnen(page, 'Verwendungsnachweis sachlich prüfen', FALL);
  await uebernehmen(page);
  await radio(aufgabe, 'Ergebnis der sachlichen Prüfung *', 'Sachlich richtig – weiter zur rechnerischen Prüfung (durch eine andere Person)');
  await abschliessen(page);
  await abmelden(page);

  // RP: rechnerisch (rp.freigabe) rejects the Bewirtung (row 4) as not eligible
  await warteAufAufgabe(rpFreigabe, FALL, 'Verwendungsnachweis rechnerisch prüfen', 60_000);
  await anmelden(page, 'rp.freigabe');
  aufgabe = await aufgabeOeffnen(page, 'Verwendungsnachweis rechnerisch prüfen', FALL);
  await uebernehmen(page);
  const rechnerisch = aufgabe.locator('form[name="nachweisRechnerisch"]');
  await assertText(rechnerisch, 'Ausgaben laut Nachweis: 33.000,50 €');
  await assertText(rechnerisch, 'Regeln: Festbetragsfinanzierung; Überschreitung einer Maßnahme bis 20 % ihrer Bewilligung');
  await rechnerisch.locator('#belegSuche').fill('E2E-3');
  const zeile = rechnerisch.locator('tr[data-zeile="4"]');
  await assertText(zeile, 'Bewirtung Abschlussfeier (E2E)');
  await zeile.getByLabel('Beanstandung Zeile 4').selectOption({ label: 'nicht förderfähig' });
  await zeile.getByLabel('Kommentar Zeile 4').fill('Bewirtung ist nicht zuwendungsfähig (E2E).');
  await assertText(rechnerisch.locator('tr[data-massnahme="M2"] .aqb-beanstandet-summe'), '800,00 €');
  await rechnerisch.getByLabel(/Der Verwendungsnachweis ist rechnerisch richtig/).check();
  await abschliessen(page);
  await abmelden(page);

  // paid 500.000,00 €; recognised 25.000,50 + 7.200,00 = 32.200,50 €; Rückforderung 467.799,50 €: the Schlussbescheid is
  // sent and the RP now waits for the payment
  await warteAufAufgabe(rpFreigabe, FALL, 'Zahlungseingang erfassen', 60_000);
  ({ variablen } = await nachweisVariablen(rpFreigabe));
  assert.equal(variablen.ausgezahltCent.value, 50000000);
  assert.equal(variablen.anerkanntCent.value, 3220050);
  assert.equal(variablen.rueckforderungCent.value, 46779950);
  const m2 = json(variablen.anerkennung).find((z) => z.id === 'M2');
  assert.equal(m2.anerkannt, '7.200,00 €');
  assert.match(m2.grund, /Nicht anerkannte Belege 800,00 €: Zeile 4 \(nicht förderfähig: Bewirtung ist nicht zuwendungsfähig \(E2E\)\.\)/);
});

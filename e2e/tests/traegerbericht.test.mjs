// Journey n: the GAB Limburg reports its measure's part of the Verwendungsnachweis in Tasklist (ADR 15) and sees only
// its measure; the body then sees the part read-only in its own task and submits the whole. The demo case
// Limburg-Weilburg 2025 (Antrag recorded, the GAB's Maßnahmendetails due; no other journey uses it) is moved on through
// REST to the Nachweis: details, submission, check, Bescheid, release, Durchführung closed.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  journey, Rest, TASKLIST, anmelden, abmelden, aufgabeOeffnen, uebernehmen, abschliessen, abschliessenErwarteFehler,
  assertText, warteAufAufgabe, warteBis,
} from '../lib/aqb.mjs';
import { formularPruefen } from '../lib/axe.mjs';

const NUMMER = 'AQB-2025-06533';
const GAB_NAME = 'GAB Limburg – Gesellschaft für Ausbildung und Beschäftigung mbH';
const limburg = new Rest('limburg.sachbearbeitung');
const gab = new Rest('gab.sachbearbeitung');
const rpPruefung = new Rest('rp.pruefung');
const rpFreigabe = new Rest('rp.freigabe');
const text = (value) => ({ value, type: 'String' });
const json = (v) => (typeof v.value === 'string' ? JSON.parse(v.value) : v.value);

/** Completes the open task of the case with this name as the party, through REST (setup only). */
async function erledige(rest, name, variablen) {
  const aufgabe = await warteAufAufgabe(rest, NUMMER, name, 60_000);
  if (aufgabe.assignee !== rest.user) await rest.post(`/task/${aufgabe.id}/claim`, { userId: rest.user });
  await rest.post(`/task/${aufgabe.id}/submit-form`, { variables: variablen });
  return aufgabe;
}

async function aufgabenVariable(rest, aufgabe, name) {
  return json(await rest.get(`/task/${aufgabe.id}/variables/${name}`, { deserializeValue: 'false' }));
}

/** Variables of the case's Nachweis instance (serialized values), as the given party may read them. */
async function nachweisVariablen(rest) {
  const [instanz] = await rest.get('/process-instance', { businessKey: NUMMER, processDefinitionKey: 'nachweis' });
  assert.ok(instanz, `kein Nachweis zu ${NUMMER}`);
  const liste = await rest.get('/variable-instance', { processInstanceIdIn: instanz.id, deserializeValues: 'false' });
  return Object.fromEntries(liste.filter((v) => !v.taskId).map((v) => [v.name, v]));
}

/** What the body's Antrag form sends of a measure (the origin is the stored Antrag's). */
const FELDER = ['id', 'name', 'massnahmenart', 'traeger', 'traegerName', 'beginn', 'ende', 'plaetze', 'kosten', 'foerderung',
  'eigenmittel', 'drittmittel', 'hj1', 'hj2', 'hj3', 'hj4', 'entfaellt', 'aenderungsgrund', 'zweckbindung'];
const felderDerKoerperschaft = (m) => Object.fromEntries(Object.entries(m).filter(([k]) => FELDER.includes(k)));

function csvDatei(zeilen) {
  const datei = path.join(mkdtempSync(path.join(tmpdir(), 'aqb-traeger-')), 'belege.csv');
  writeFileSync(datei, '\ufeff' + ['Datum;Zahlungsempfänger;Verwendungszweck;Betrag;Maßnahme', ...zeilen].join('\r\n') + '\r\n', 'utf8');
  return datei;
}

journey('n) GAB Limburg legt ihren Teil des Sachberichts vor, die Gebietskörperschaft übernimmt ihn', async ({ page }) => {
  // --- setup through REST: the demo case from the GAB's Maßnahmendetails to the Nachweis
  const details = await warteAufAufgabe(gab, NUMMER, 'Maßnahmendetails ergänzen', 60_000);
  const eigene = await aufgabenVariable(gab, details, 'traegerMassnahmen');
  assert.equal(eigene.length, 1);
  // what the GAB's form sends: the id and the fields a provider edits
  const details_ = { id: eigene[0].id, beginn: eigene[0].beginn, ende: eigene[0].ende, plaetze: eigene[0].plaetze,
    kosten: '11000', foerderung: '10000', eigenmittel: '1000', drittmittel: '0', hj1: '10000' };
  await erledige(gab, 'Maßnahmendetails ergänzen', { traegerMassnahmen: { value: JSON.stringify([details_]), type: 'Json' } });
  const einreichen = await warteAufAufgabe(limburg, NUMMER, 'Antrag prüfen und einreichen', 60_000);
  const massnahmen = await aufgabenVariable(limburg, einreichen, 'massnahmen');
  const gabMassnahme = massnahmen.find((m) => m.traeger === 'gab-limburg');
  const kommuneMassnahme = massnahmen.find((m) => m.traeger !== 'gab-limburg' && !m.entfaellt);
  await erledige(limburg, 'Antrag prüfen und einreichen', {
    massnahmen: { value: JSON.stringify(massnahmen.map(felderDerKoerperschaft)), type: 'Json' }, antragBestaetigt: { value: true, type: 'Boolean' },
  });
  await erledige(rpPruefung, 'Antrag prüfen', { pruefentscheidung: text('entscheiden') });
  await erledige(rpPruefung, 'Bescheid entwerfen', { entscheidungsart: text('voll') });
  await erledige(rpFreigabe, 'Bescheid freigeben', { freigabeEntscheidung: text('freigeben') });
  await erledige(limburg, 'Mittelabruf oder Änderungsantrag stellen', { anliegen: text('abschliessen') });
  const teilAufgabe = await warteAufAufgabe(gab, NUMMER, 'Sachberichtsteil erstellen', 90_000);

  // --- the GAB in Tasklist: its measure only (own process; opened by link, providers have no Förderfall column)
  await anmelden(page, 'gab.sachbearbeitung');
  await page.goto(`${TASKLIST}#/?task=${teilAufgabe.id}`);
  await assertText(page.locator('.task-details h2, [cam-tasklist-task] h2').first(), 'Sachberichtsteil erstellen');
  await uebernehmen(page);
  const form = page.locator('form[name="traegerbericht"]');
  await assertText(form, `Sachbericht ${GAB_NAME}`);
  await formularPruefen(page, 'traegerbericht.html');
  await assertText(form, `Förderfall ${NUMMER}`);
  assert.equal(await form.locator('[data-massnahme]').count(), 1, 'die GAB sieht fremde Maßnahmen');
  const karte = form.locator(`[data-massnahme="${gabMassnahme.id}"]`);
  await assertText(karte, `${gabMassnahme.id} – ${gabMassnahme.name}`);
  await assertText(karte, 'bewilligt 10.000,00 €');
  await assertText(karte, `Teilnehmende geplant (Antrag): ${gabMassnahme.plaetze}`);
  assert.equal(await form.getByText(kommuneMassnahme.name).count(), 0, 'die GAB sieht eine Maßnahme der Gebietskörperschaft');
  const jahr = 2025;
  const datei = csvDatei([`${jahr}-05-15;Dozentin Weber (E2E);Honorare Mai;6.000,00;${gabMassnahme.id}`,
    `${jahr}-06-30;Jugendwerkstatt Limburg (E2E);Werkstattmiete;3.500,00;${gabMassnahme.id}`]);
  // NEGATIVE: negative participants are refused in German, the task stays open
  await karte.getByLabel('Teilnehmende erreicht *', { exact: true }).fill('-2');
  await karte.getByLabel('Ergebnisse *', { exact: true }).fill('11 von 14 in Ausbildung vermittelt (E2E).');
  await karte.getByLabel('Abweichungen von der Planung (mit Begründung)', { exact: true }).fill('Zwei Plätze später besetzt (E2E).');
  await karte.getByLabel('Ausgaben (Ist, Euro) *', { exact: true }).fill('9.500,00');
  await karte.getByLabel('Einnahmen/Eigenmittel (Ist, Euro)', { exact: true }).fill('250,00');
  await form.getByLabel('Belegliste Ihrer Maßnahmen (CSV) *', { exact: true }).setInputFiles(datei);
  await form.getByLabel(/Die Angaben sind vollständig und richtig/).check();
  const fehler = await abschliessenErwarteFehler(page);
  assert.match(fehler, /Teilnehmende \(erreicht\): Die Zahl der Teilnehmenden darf nicht negativ sein\./, fehler);
  assert.doesNotMatch(fehler, /Exception|TaskListener|delegate/i, `technischer Text in der Meldung: ${fehler}`);
  assert.equal((await gab.aufgaben(NUMMER, 'Sachberichtsteil erstellen')).length, 1);
  await karte.getByLabel('Teilnehmende erreicht *', { exact: true }).fill('14');
  await abschliessen(page);
  await abmelden(page);

  // --- checked through REST: the part arrived in the body's Nachweis; the GAB never had a right on it
  const koerperschaft = await warteAufAufgabe(limburg, NUMMER, 'Verwendungsnachweis erstellen', 60_000);
  const variablen = await nachweisVariablen(limburg);
  const [teil] = json(variablen.traegerberichte);
  assert.equal(teil.traeger, GAB_NAME);
  assert.equal(teil.belege, 2);
  assert.equal(teil.belegeSumme, '9.500,00 €');
  assert.deepEqual(teil.massnahmen.map((m) => [m.id, m.teilnehmendeGeplant, m.teilnehmendeErreicht, m.ergebnisse, m.ausgaben, m.einnahmen]),
    [[gabMassnahme.id, String(gabMassnahme.plaetze), 14, '11 von 14 in Ausbildung vermittelt (E2E).', '9.500,00 €', '250,00 €']]);
  assert.deepEqual(await gab.get('/process-instance', { businessKey: NUMMER, processDefinitionKey: 'nachweis' }), []);
  assert.deepEqual(await gab.aufgaben(NUMMER, 'Verwendungsnachweis erstellen'), []);

  // --- the body sees the part read-only in its task and submits the whole
  await anmelden(page, 'limburg.sachbearbeitung');
  const aufgabe = await aufgabeOeffnen(page, 'Verwendungsnachweis erstellen', NUMMER);
  await uebernehmen(page);
  const vn = aufgabe.locator('form[name="verwendungsnachweis"]');
  const gabTeil = vn.locator(`[data-traegermassnahme="${gabMassnahme.id}"]`);
  await assertText(vn.locator('[data-traeger]'), GAB_NAME);
  await assertText(gabTeil, '11 von 14 in Ausbildung vermittelt (E2E).');
  const zeileGab = vn.locator(`tr[data-massnahme="${gabMassnahme.id}"]`);
  assert.equal(await zeileGab.locator('input').count(), 0, 'die Zahlen der GAB sind änderbar');
  await assertText(zeileGab, '9.500,00 €');
  await vn.getByLabel('Was wurde durchgeführt? *', { exact: true }).fill('Alle Maßnahmen durchgeführt (E2E).');
  await vn.getByLabel('Teilnehmende (Anzahl, Zielgruppe, Verbleib) *', { exact: true }).fill('Siehe Teile (E2E).');
  await vn.getByLabel('Teilnehmende (erreicht) in Ihren eigenen Maßnahmen (Anzahl) *', { exact: true }).fill('40');
  await vn.getByLabel('Ergebnisse *', { exact: true }).fill('Wie geplant (E2E).');
  const eigeneZeilen = await vn.locator('tr[data-massnahme]').all();
  const eigeneIds = [];
  for (const zeile of eigeneZeilen) {
    const id = await zeile.getAttribute('data-massnahme');
    if (id === gabMassnahme.id) continue;
    eigeneIds.push(id);
    await zeile.locator('input').first().fill('100,00');
  }
  await vn.getByLabel('Belegliste (CSV oder Excel) *', { exact: true })
    .setInputFiles(csvDatei(eigeneIds.map((id, i) => `${jahr}-07-0${1 + (i % 9)};Bildungswerk (E2E);Honorare;100,00;${id}`)));
  await vn.getByLabel(/Die Angaben sind vollständig und richtig/).check();
  await abschliessen(page);
  await abmelden(page);

  await warteAufAufgabe(rpPruefung, NUMMER, 'Verwendungsnachweis sachlich prüfen', 60_000);
  const danach = await nachweisVariablen(rpPruefung);
  assert.equal(danach.nachweisAusgabenAnzeige.value,
    new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2 }).format(9500 + 100 * eigeneIds.length) + ' €');
  assert.match(danach.sachberichtTraeger.value, new RegExp(`Träger ${GAB_NAME} – Maßnahme ${gabMassnahme.id} .*erreicht 14`));
  assert.equal(json(danach.belege).length, 2 + eigeneIds.length);
  await warteBis(async () => (await gab.aufgaben(NUMMER)).length === 0, { meldung: 'keine offene Aufgabe der GAB' });
});

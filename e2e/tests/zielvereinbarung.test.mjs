// Journeys a–c: one Zielvereinbarung from the ministry's draft to the public portal, through Tasklist with
// real logins. The three tests share one Förderfall and run in order; later ones are skipped if an
// earlier one failed.
import assert from 'node:assert/strict';
import {
  journey, Rest, anmelden, abmelden, prozessStarten, aufgabeOeffnen, uebernehmen, abschliessen, erwarteMeldung,
  auswahl, feldAusfuellen, radio, datumSetzen, formFeld, formularLabels, freierFoerderfall,
  warteAufAufgabe, warteBis, assertText, BASE_URL,
} from '../lib/aqb.mjs';
import { barrierefreiheitPruefen, formularPruefen } from '../lib/axe.mjs';

// bodies with demo users (clerk + signatory); the first one without a Förderfall in 2026/2025 is used
const KOERPERSCHAFTEN = {
  '06533': { name: 'Landkreis Limburg-Weilburg', sachbearbeitung: 'limburg.sachbearbeitung', unterzeichnung: 'limburg.landrat', ort: 'Limburg a. d. Lahn' },
  '06414': { name: 'Landeshauptstadt Wiesbaden', sachbearbeitung: 'wiesbaden.sachbearbeitung', unterzeichnung: 'wiesbaden.stadtraetin', ort: 'Wiesbaden' },
  // the demo story uses both years of the two above; Frankfurt's clerk may sign (zeichnungsberechtigte)
  '06412': { name: 'Stadt Frankfurt am Main', sachbearbeitung: 'frankfurt.sachbearbeitung', unterzeichnung: 'frankfurt.sachbearbeitung', ort: 'Frankfurt am Main' },
};

const ministerium = new Rest('hmsi.sachbearbeitung');
const fall = {}; // gebietskoerperschaft, jahr, nummer, koerperschaft
let schrittOk = 0;

const PROJEKTE_1 = ['Ausbildungsvorbereitung in Teilzeit (E2E)', 'Berufsorientierung Plus (E2E)'];
const PROJEKTE_3 = ['Qualifizierung Pflegehilfe (E2E)'];
const MA1 = '1. Ausbildungsvorbereitung';
const MA2 = '2. Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen';
const MA3 = '3. Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung';
const MA4 = '4. Weiterbildungsmaßnahmen für Personal der Landkreise und kreisfreien Städte in der fachlichen Verantwortung für Benachteiligte im Kontext der Arbeitsmarktförderung';
const AENDERUNGSWUNSCH = 'Bitte das Projekt Berufsorientierung Plus in Maßnahmenart 2 aufnehmen (E2E).';

journey('a) Ministerium legt Förderfall an und erstellt den Entwurf', async ({ page }) => {
  Object.assign(fall, await freierFoerderfall(Object.keys(KOERPERSCHAFTEN)));
  fall.koerperschaft = KOERPERSCHAFTEN[fall.gebietskoerperschaft];
  console.log(`# Förderfall ${fall.nummer} (${fall.koerperschaft.name})`);

  await anmelden(page, 'hmsi.sachbearbeitung');
  await prozessStarten(page, 'AQB-Förderfall', async (dialog) => {
    const labels = await formularLabels(dialog);
    assert.deepEqual(labels, ['Gebietskörperschaft *', 'Programmjahr *']);
    await auswahl(dialog, 'Gebietskörperschaft *', fall.koerperschaft.name);
    await feldAusfuellen(dialog, 'Programmjahr *', fall.jahr);
  });
  await warteAufAufgabe(ministerium, fall.nummer, 'Entwurf erstellen');

  const aufgabe = await aufgabeOeffnen(page, 'Entwurf erstellen', fall.nummer);
  await uebernehmen(page);
  await assertText(aufgabe.locator('.fjs-form'), `Zielvereinbarung ${fall.jahr} – ${fall.koerperschaft.name}`);
  await formularPruefen(page, 'form-zv-entwurf');
  const labels = await formularLabels(aufgabe);
  for (const erwartet of ['Haushaltsmittel nach § 4 in Euro *', '1. Ausbildungsvorbereitung', 'Jahresspezifischer Absatz in § 2',
    'Zeitraum „Bündnis für Ausbildung“ *', 'Name (Ministerium) *', 'Funktion (Gebietskörperschaft) *', 'Weiteres Vorgehen *']) {
    assert.ok(labels.includes(erwartet), `Label „${erwartet}“ fehlt; vorhanden: ${labels.join(' | ')}`);
  }

  await feldAusfuellen(aufgabe, 'Haushaltsmittel nach § 4 in Euro *', '491550,50');
  // one project per line (blank lines and surrounding blanks are ignored)
  await feldAusfuellen(aufgabe, MA1, `${PROJEKTE_1[0]}\n\n  ${PROJEKTE_1[1]}  \n`);
  await feldAusfuellen(aufgabe, MA3, PROJEKTE_3.join('\n'));
  // the draft starts from last year's agreement (ADR 20): the clerk clears what is not carried over
  await feldAusfuellen(aufgabe, MA2, '');
  await feldAusfuellen(aufgabe, MA4, '');
  await feldAusfuellen(aufgabe, 'Jahresspezifischer Absatz in § 2', 'Im Jahr der Prüfung wird die Teilzeitausbildung besonders gefördert.');
  await feldAusfuellen(aufgabe, 'Zeitraum „Bündnis für Ausbildung“ *', '2025–2029');
  await feldAusfuellen(aufgabe, 'Name (Ministerium) *', 'Heike Hofmann');
  await feldAusfuellen(aufgabe, 'Funktion (Ministerium) *', 'Hessische Ministerin für Arbeit, Integration, Jugend und Soziales');
  await feldAusfuellen(aufgabe, 'Name (Gebietskörperschaft) *', 'Erika Muster');
  await feldAusfuellen(aufgabe, 'Funktion (Gebietskörperschaft) *', 'Landrätin');
  await radio(aufgabe, 'Weiteres Vorgehen *', 'Entwurf an die Gebietskörperschaft zur Prüfung senden');
  await abschliessen(page);

  // engine: budget in cents (Long), projects as lists of {name}
  const { variablen } = await warteBis(async () => {
    const zv = await ministerium.zielvereinbarung(fall.nummer);
    return zv.variablen.budgetCent ? zv : null;
  }, { meldung: 'budgetCent gesetzt' });
  assert.equal(variablen.budgetCent.type, 'Long');
  assert.equal(variablen.budgetCent.value, 49155050);
  assert.equal(variablen.budgetAnzeige.value, '491.550,50 €');
  assert.deepEqual(projektnamen(variablen.projekteMassnahmenart1), PROJEKTE_1);
  assert.deepEqual(projektnamen(variablen.projekteMassnahmenart3), PROJEKTE_3);
  for (const leer of ['projekteMassnahmenart2', 'projekteMassnahmenart4']) {
    assert.deepEqual(projektnamen(variablen[leer]), [], `${leer} soll leer sein`);
  }
  assert.equal(variablen.zielvereinbarungStatus.value, 'ENTWURF');
  assert.equal(variablen.jahr.type, 'Integer');
  assert.equal(variablen.jahr.value, fall.jahr);
  assert.equal(variablen.gebietskoerperschaft.value, fall.gebietskoerperschaft);

  // async step "Entwurf als PDF erzeugen" hands over to the body
  await warteAufAufgabe(new Rest(fall.koerperschaft.sachbearbeitung), fall.nummer, 'Entwurf prüfen');
  await abmelden(page);
  schrittOk = 1;
});

journey('b) Gebietskörperschaft erbittet Änderungen, Ministerium sendet erneut, Gebietskörperschaft stimmt zu', async ({ t, page }) => {
  if (schrittOk < 1) return t.skip('Journey a) ist fehlgeschlagen');
  const k = fall.koerperschaft;
  const kommune = new Rest(k.sachbearbeitung);

  await anmelden(page, k.sachbearbeitung);
  let aufgabe = await aufgabeOeffnen(page, 'Entwurf prüfen', fall.nummer);
  await uebernehmen(page);
  const form = aufgabe.locator('.fjs-form');
  await assertText(form, '491.550,50 €');
  await formularPruefen(page, 'form-zv-pruefung');
  await assertText(form, PROJEKTE_1[1]);
  await assertText(form, PROJEKTE_3[0]);
  // link to the generated draft PDF
  const pdfLink = form.getByRole('link', { name: 'Zielvereinbarung als PDF öffnen' });
  const href = await pdfLink.getAttribute('href');
  assert.ok(href && href.length > 1, 'Link auf den Entwurf (PDF) fehlt');
  await radio(aufgabe, 'Ihre Entscheidung *', 'Änderungen erbitten');
  await feldAusfuellen(aufgabe, 'Welche Änderungen erbitten Sie? *', AENDERUNGSWUNSCH);
  await abschliessen(page);
  await abmelden(page);

  // the ministry sees the reason in "Entwurf erstellen" (form pre-filled) and sends again
  await warteAufAufgabe(ministerium, fall.nummer, 'Entwurf erstellen');
  await anmelden(page, 'hmsi.sachbearbeitung');
  aufgabe = await aufgabeOeffnen(page, 'Entwurf erstellen', fall.nummer);
  await uebernehmen(page);
  await assertText(aufgabe.locator('.fjs-form'), 'Änderungswunsch der Gebietskörperschaft');
  await assertText(aufgabe.locator('.fjs-form'), AENDERUNGSWUNSCH);
  const budget = formFeld(aufgabe, 'Haushaltsmittel nach § 4 in Euro *').locator('input');
  assert.match(await budget.inputValue(), /^491550[.,]5/, 'Budget ist im Formular nicht vorbelegt');
  const liste1 = formFeld(aufgabe, MA1).locator('textarea');
  assert.equal((await liste1.inputValue()).split('\n').map((z) => z.trim()).filter(Boolean).join('|'), PROJEKTE_1.join('|'),
    'Projekte der Maßnahmenart 1 sind in der zweiten Runde nicht vorbelegt');
  await feldAusfuellen(aufgabe, MA2, 'Ausbildungscoaching (E2E)');
  await radio(aufgabe, 'Weiteres Vorgehen *', 'Entwurf an die Gebietskörperschaft zur Prüfung senden');
  await abschliessen(page);
  await abmelden(page);

  // the body agrees
  await warteAufAufgabe(kommune, fall.nummer, 'Entwurf prüfen');
  await anmelden(page, k.sachbearbeitung);
  aufgabe = await aufgabeOeffnen(page, 'Entwurf prüfen', fall.nummer);
  await uebernehmen(page);
  await assertText(aufgabe.locator('.fjs-form'), 'Ausbildungscoaching (E2E)');
  await radio(aufgabe, 'Ihre Entscheidung *', 'Dem Entwurf zustimmen');
  await abschliessen(page);

  const { variablen } = await ministerium.zielvereinbarung(fall.nummer);
  assert.equal(variablen.entwurfAkzeptiert.type, 'Boolean');
  assert.equal(variablen.entwurfAkzeptiert.value, true);
  assert.deepEqual(projektnamen(variablen.projekteMassnahmenart2), ['Ausbildungscoaching (E2E)']);
  await abmelden(page);
  schrittOk = 2;
});

journey('c) Unterzeichnung durch Ministerium und Gebietskörperschaft (mit Scan), Eingang, Veröffentlichung', async ({ t, page }) => {
  if (schrittOk < 2) return t.skip('Journey b) ist fehlgeschlagen');
  const k = fall.koerperschaft;
  const ministerin = new Rest('hmsi.ministerin');
  await warteAufAufgabe(ministerin, fall.nummer, 'Zielvereinbarung unterzeichnen');
  const { variablen: vorher } = await ministerium.zielvereinbarung(fall.nummer);
  const datum = vorher.entwurfDatum.value.slice(0, 10); // not before the draft, not in the future

  // ministry signatory: embedded HTML form
  await anmelden(page, 'hmsi.ministerin');
  let aufgabe = await aufgabeOeffnen(page, 'Zielvereinbarung unterzeichnen', fall.nummer);
  await uebernehmen(page);
  const eingebettet = aufgabe.locator('form[name="unterzeichnung"]');
  await assertText(eingebettet, `Zielvereinbarung ${fall.jahr} – ${k.name}`);
  await formularPruefen(page, 'zielvereinbarung-unterzeichnung-ministerium.html');
  await assertText(eingebettet, 'Heike Hofmann');
  await eingebettet.getByLabel('Ort der Unterzeichnung *').fill('Wiesbaden');
  await eingebettet.getByLabel('Datum der Unterzeichnung *').fill(datum);
  await abschliessen(page);
  await abmelden(page);

  // body signatory with a scan (File variable)
  const unterzeichnung = new Rest(k.unterzeichnung);
  await warteAufAufgabe(unterzeichnung, fall.nummer, 'Zielvereinbarung gegenzeichnen');
  await anmelden(page, k.unterzeichnung);
  aufgabe = await aufgabeOeffnen(page, 'Zielvereinbarung gegenzeichnen', fall.nummer);
  await uebernehmen(page);
  const form2 = aufgabe.locator('form[name="unterzeichnung"]');
  await assertText(form2, 'Das Ministerium hat am');
  await formularPruefen(page, 'zielvereinbarung-unterzeichnung-gebietskoerperschaft.html');
  await assertText(form2, 'Erika Muster');
  await form2.getByLabel('Ort der Unterzeichnung *').fill(k.ort);
  await form2.getByLabel('Datum der Unterzeichnung *').fill(datum);
  await form2.getByLabel('Unterschriebene Fassung (Scan, optional)').setInputFiles({
    name: 'zielvereinbarung-scan.pdf', mimeType: 'application/pdf', buffer: kleinesPdf(),
  });
  await abschliessen(page);
  await abmelden(page);

  const { instanz, variablen } = await ministerium.zielvereinbarung(fall.nummer);
  const scan = variablen.unterzeichnungGebietskoerperschaftScan;
  assert.ok(scan, 'Variable unterzeichnungGebietskoerperschaftScan fehlt');
  assert.equal(scan.type, 'File');
  assert.equal(scan.valueInfo.filename, 'zielvereinbarung-scan.pdf');
  assert.equal(scan.valueInfo.mimeType, 'application/pdf');
  const inhalt = await fetch(`${BASE_URL}/engine-rest/history/variable-instance/${scan.id}/data`, {
    headers: { Authorization: ministerium.auth },
  });
  assert.equal(inhalt.status, 200);
  assert.deepEqual(Buffer.from(await inhalt.arrayBuffer()), kleinesPdf(), 'Scan kommt nicht unverändert an');
  assert.equal(variablen.unterzeichnungMinisteriumOrt.value, 'Wiesbaden');
  assert.equal(variablen.unterzeichnungMinisteriumDatum.value, datum);
  assert.equal(variablen.zielvereinbarungStatus.value, 'UNTERZEICHNET');

  // ministry confirms the receipt (after the async steps: final PDF, mail)
  await warteAufAufgabe(ministerium, fall.nummer, 'Eingang bestätigen');
  await anmelden(page, 'hmsi.sachbearbeitung');
  aufgabe = await aufgabeOeffnen(page, 'Eingang bestätigen', fall.nummer);
  await uebernehmen(page);
  await assertText(aufgabe.locator('.fjs-form'), k.ort);
  await formularPruefen(page, 'form-zv-eingang');
  await datumSetzen(aufgabe, 'Eingang der gegengezeichneten Zielvereinbarung am *', datum);
  await abschliessen(page);

  await warteBis(async () => (await ministerium.get(`/history/process-instance/${instanz.id}`)).state === 'COMPLETED',
    { meldung: 'Zielvereinbarung abgeschlossen' });
  const { variablen: danach } = await ministerium.zielvereinbarung(fall.nummer);
  assert.equal(danach.zielvereinbarungStatus.value, 'VEROEFFENTLICHT');
  assert.equal(danach.eingangsdatum.value.slice(0, 10), datum);

  // public portal without login
  await page.context().clearCookies();
  await page.goto(`${BASE_URL}/portal/zielvereinbarungen`);
  await assertText(page.locator('body'), k.name);
  await assertText(page.locator('body'), String(fall.jahr));
  await barrierefreiheitPruefen(page, 'Portal Zielvereinbarungen (nach Veröffentlichung)');
  schrittOk = 3;
});

function projektnamen(variable) {
  if (!variable || variable.value == null) return [];
  const wert = typeof variable.value === 'string' ? JSON.parse(variable.value) : variable.value;
  return wert.map((p) => p.name);
}

/** A minimal valid one-page PDF. */
function kleinesPdf() {
  return Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
    + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
}

// Journey l: the ministry schedules and records the autumn Umsetzungsbesprechung of Darmstadt 2025 (the demo case in the
// Durchführung), the body's clerk reads the minutes (PDF through Tasklist), another body cannot, and the agreed
// follow-up is a task of the body with its date as Wiedervorlage.
import assert from 'node:assert/strict';
import {
  journey, Rest, anmelden, abmelden, aufgabeOeffnen, uebernehmen, abschliessen, abschliessenErwarteFehler, assertText,
  warteAufAufgabe, heute, BASE_URL,
} from '../lib/aqb.mjs';
import { formularPruefen } from '../lib/axe.mjs';

const FALL = 'AQB-2025-06411';
const PROTOKOLL = 'Stand der Maßnahmen besprochen; Teilnahmequote der Ausbildungsvorbereitung zu niedrig (E2E).';
const VEREINBARUNG = 'Werbung für die Ausbildungsvorbereitung an zwei Schulen verstärken (E2E)';

function inTagen(tage) {
  const d = new Date(`${heute()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + tage);
  return d.toISOString().slice(0, 10);
}

journey('l) Ministerium führt die Umsetzungsbesprechung, die Gebietskörperschaft liest das Protokoll', async ({ page }) => {
  const ministerium = new Rest('hmsi.sachbearbeitung');
  const kommune = new Rest('darmstadt.sachbearbeitung');
  await warteAufAufgabe(ministerium, FALL, 'Umsetzungsbesprechung terminieren', 60_000);

  // the ministry schedules: today (the meeting's year), with the body's clerk and the RP's clerk
  await anmelden(page, 'hmsi.sachbearbeitung');
  let aufgabe = await aufgabeOeffnen(page, 'Umsetzungsbesprechung terminieren', FALL);
  await uebernehmen(page);
  let form = aufgabe.locator('form[name="umsetzungsbesprechungTerminieren"]');
  await assertText(form, 'Umsetzungsbesprechung ');
  await formularPruefen(page, 'umsetzungsbesprechung-terminieren.html');
  await assertText(form, 'Wissenschaftsstadt Darmstadt');
  await form.locator('#ub-datum').fill(heute());
  await form.locator('#ub-uhrzeit').fill('10:00');
  await form.locator('#ub-ort').fill('Darmstadt, Rathaus, Raum 101 (E2E)');
  await form.getByLabel('Jonas Weber', { exact: true }).check();
  // NEGATIVE: nobody of the RP: German message, the task stays open
  const fehler = await abschliessenErwarteFehler(page);
  assert.match(fehler, /Regierungspräsidium/);
  assert.doesNotMatch(fehler, /Exception|TaskListener/i, `technischer Text: ${fehler}`);
  await form.getByLabel('Tobias Engel', { exact: true }).check();
  await abschliessen(page);

  // the ministry records the meeting with one follow-up for the body
  await warteAufAufgabe(ministerium, FALL, 'Umsetzungsbesprechung protokollieren', 60_000);
  aufgabe = await aufgabeOeffnen(page, 'Umsetzungsbesprechung protokollieren', FALL);
  await uebernehmen(page);
  form = aufgabe.locator('form[name="umsetzungsbesprechungProtokollieren"]');
  await formularPruefen(page, 'umsetzungsbesprechung-protokollieren.html');
  await form.locator('#ub-protokoll').fill(PROTOKOLL);
  await form.getByLabel('Jonas Weber', { exact: true }).check();
  await form.getByLabel('Tobias Engel', { exact: true }).check();
  await form.getByRole('button', { name: 'Vereinbarung hinzufügen' }).click();
  await form.getByLabel('Vereinbarung 1', { exact: true }).fill(VEREINBARUNG);
  await form.getByLabel('Bis 1', { exact: true }).fill(inTagen(30));
  await abschliessen(page);
  await abmelden(page);

  // the body's clerk reads the minutes: a PDF through Tasklist's own API
  const kenntnis = await warteAufAufgabe(kommune, FALL, 'Protokoll der Umsetzungsbesprechung zur Kenntnis nehmen', 60_000);
  await anmelden(page, 'darmstadt.sachbearbeitung');
  aufgabe = await aufgabeOeffnen(page, 'Protokoll der Umsetzungsbesprechung zur Kenntnis nehmen', FALL);
  await uebernehmen(page);
  await formularPruefen(page, 'form-umsetzungsprotokoll-kenntnis');
  const link = aufgabe.getByRole('link', { name: 'Protokoll der Umsetzungsbesprechung herunterladen' });
  const href = await link.getAttribute('href');
  assert.ok(href && href.includes('/umsetzungsprotokollPdf/data'), `Link: ${href}`);
  const pdf = await page.request.get(new URL(href, BASE_URL).toString());
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 4).toString(), '%PDF');
  await abschliessen(page);
  await abmelden(page);

  // another body sees neither the task nor the minutes
  const wiesbaden = new Rest('wiesbaden.sachbearbeitung');
  assert.deepEqual(await wiesbaden.aufgaben(FALL), []);
  await wiesbaden.request('GET', `/task/${kenntnis.id}`, null, { erwartet: [403, 404] });

  // the follow-up is the body's task, with its date as Wiedervorlage and due date
  const [nachhalten] = await kommune.get('/task', { processInstanceBusinessKey: FALL, nameLike: 'Vereinbarung nachhalten%' });
  assert.ok(nachhalten, 'keine Aufgabe „Vereinbarung nachhalten“ für die Gebietskörperschaft');
  assert.ok(nachhalten.name.includes(VEREINBARUNG.slice(0, 30)), nachhalten.name);
  const tagInHessen = (zeit) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit',
    day: '2-digit' }).format(new Date(zeit.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
  assert.equal(tagInHessen(nachhalten.followUp), inTagen(30));
});

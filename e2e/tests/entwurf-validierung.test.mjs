// Journey e: a negative budget in "Entwurf erstellen" shows the server's German message in Tasklist and the task
// stays open.
import assert from 'node:assert/strict';
import {
  journey, Rest, anmelden, aufgabeOeffnen, uebernehmen, abschliessenErwarteFehler, feldAusfuellen, radio,
  freierFoerderfall, starteFoerderfallPerRest, warteAufAufgabe,
} from '../lib/aqb.mjs';

// bodies without demo users, so the journey never competes with a–d or demo data
const OHNE_DEMO = ['06431', '06411', '06432', '06412', '06631', '06531', '06433', '06632', '06434', '06611'];

journey('e) Negativer Betrag: deutsche Fehlermeldung, Aufgabe bleibt offen', async ({ page }) => {
  const ministerium = new Rest('hmsi.sachbearbeitung');
  const fall = await freierFoerderfall(OHNE_DEMO);
  await starteFoerderfallPerRest(ministerium, fall.gebietskoerperschaft, fall.jahr);
  const aufgabe = await warteAufAufgabe(ministerium, fall.nummer, 'Entwurf erstellen');

  await anmelden(page, 'hmsi.sachbearbeitung');
  const ansicht = await aufgabeOeffnen(page, 'Entwurf erstellen', fall.nummer);
  await uebernehmen(page);
  await feldAusfuellen(ansicht, 'Haushaltsmittel nach § 4 in Euro *', '-5');
  await feldAusfuellen(ansicht, '1. Ausbildungsvorbereitung', 'Projekt (E2E)');
  await feldAusfuellen(ansicht, 'Zeitraum „Bündnis für Ausbildung“ *', '2025–2029');
  await feldAusfuellen(ansicht, 'Name (Ministerium) *', 'Heike Hofmann');
  await feldAusfuellen(ansicht, 'Funktion (Ministerium) *', 'Staatsministerin');
  await feldAusfuellen(ansicht, 'Name (Gebietskörperschaft) *', 'Erika Muster');
  await feldAusfuellen(ansicht, 'Funktion (Gebietskörperschaft) *', 'Landrätin');
  await radio(ansicht, 'Weiteres Vorgehen *', 'Entwurf an die Gebietskörperschaft zur Prüfung senden');
  const meldung = await abschliessenErwarteFehler(page);
  assert.match(meldung, /Die Haushaltsmittel müssen größer als 0 Euro sein\./);
  assert.match(meldung, /Ein Fehler ist beim Abschließen der Aufgabe aufgetreten/);

  // still open, still assigned, nothing stored
  const offen = await ministerium.get(`/task/${aufgabe.id}`);
  assert.equal(offen.name, 'Entwurf erstellen');
  assert.equal(offen.assignee, 'hmsi.sachbearbeitung');
  const { variablen } = await ministerium.zielvereinbarung(fall.nummer);
  assert.equal(variablen.budgetCent, undefined, 'budgetCent trotz Fehler gesetzt');
  assert.ok(await page.locator('.fjs-form').isVisible(), 'Formular nach dem Fehler nicht mehr sichtbar');
});

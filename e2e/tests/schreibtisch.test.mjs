// Journey s (issue 13): Tasklist and Cockpit as a clerk's daily desk. Only reads the demo cases (claims nothing):
// Frankfurt 2025 (Bescheid zur Freigabe), Darmstadt 2025 (Mittelabruf in Prüfung), Wiesbaden 2026 (Nachforderung, Frist heute).
import assert from 'node:assert/strict';
import {
  journey, Rest, BASE_URL, ADMIN, TASKLIST, anmelden, aufgabeOeffnen, assertText, warteBis, heute, webappOeffnen,
} from '../lib/aqb.mjs';

const COCKPIT = `${BASE_URL}/camunda/app/cockpit/default/`;
const ADMIN_APP = `${BASE_URL}/camunda/app/admin/default/`;
const WELCOME = `${BASE_URL}/camunda/app/welcome/default/`;
const FRANKFURT = 'AQB-2025-06412';
const DARMSTADT = 'AQB-2025-06411';
const WIESBADEN_2026 = 'AQB-2026-06414';
// an amount as a program writes it (54616.00, 1234567.5), never as a clerk reads it (54.616,00 €)
const ROHER_BETRAG = /(^|[^\d.,])\d{4,}[.,]\d{2}(?![\d])/;

/** The open filter (Tasklist opens the one with the lowest priority first) and its count. */
async function offenerFilter(page) {
  const aktiv = page.locator('.task-filters .task-filter.active');
  await aktiv.waitFor();
  const zaehler = aktiv.locator('.counter');
  const anzahl = await warteBis(async () => {
    const text = (await zaehler.innerText()).trim();
    return /^\d+$/.test(text) ? Number(text) : null;
  }, { meldung: 'Anzahl am geöffneten Filter' });
  return { name: (await aktiv.locator('h4.name').innerText()).replace(/\d+\s*$/, '').trim(), anzahl };
}

for (const benutzer of ['hmsi.sachbearbeitung', 'rp.pruefung', 'wiesbaden.sachbearbeitung', 'odenwald.landrat']) {
  journey(`s) ${benutzer} sieht nach der Anmeldung ohne Klick die wartende Arbeit mit Anzahl`, async ({ page }) => {
    // the filter's count is what the engine finds for the user's groups, not yet taken; other journeys run meanwhile
    // (the programme year starts 27 cases at once), so the engine is asked before and after Tasklist shows its count
    const rest = new Rest(benutzer);
    const filter = (await rest.get('/filter', { name: 'Aufgaben meiner Gruppe' }))[0];
    const vorher = (await rest.get(`/filter/${filter.id}/count`)).count;
    await anmelden(page, benutzer);
    const { name, anzahl } = await offenerFilter(page);
    assert.equal(name, 'Aufgaben meiner Gruppe');
    assert.ok(anzahl > 0, `${benutzer}: keine wartende Arbeit angezeigt`);
    await page.locator('ol.tasks-list li.task').first().waitFor();
    const nachher = (await rest.get(`/filter/${filter.id}/count`)).count;
    assert.ok(anzahl >= Math.min(vorher, nachher) - 2 && anzahl <= Math.max(vorher, nachher) + 2,
      `Anzahl ${anzahl} in Tasklist, laut Engine ${vorher} vorher und ${nachher} nachher`);
    // no vendor banner, the header sits at 45 px again, no tenant id on the task cards
    assert.equal(await page.locator('.ce-eol-banner').first().isVisible().catch(() => false), false);
    assert.doesNotMatch(await page.locator('ol.tasks-list').innerText(), /kommune-\d{5}/);
  });
}

journey('s) Kein Hinweisbanner des Herstellers in Tasklist, Cockpit, Admin und Welcome', async ({ page }) => {
  await anmelden(page, ADMIN.user, ADMIN.passwort);
  for (const [app, url, inhalt] of [['tasklist', TASKLIST, '.task-filters'], ['cockpit', COCKPIT, '.dashboard, [cam-dashboard], .ctn-main'],
    ['admin', ADMIN_APP, '.ctn-main'], ['welcome', WELCOME, '.welcome-page, .webapps, main, .page-wrap']]) {
    await webappOeffnen(page, url, '[cam-widget-header]');
    await page.locator(inhalt).first().waitFor();
    const banner = page.locator('.ce-eol-banner');
    for (let i = 0; i < await banner.count(); i++) {
      assert.equal(await banner.nth(i).isVisible(), false, `${app}: das Camunda-Banner ist sichtbar`);
    }
    assert.doesNotMatch(await page.locator('body').innerText(), /Camunda 8 zu migrieren/, `${app}: Bannertext sichtbar`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).paddingTop), '45px', `${app}: Kopfzeilenabstand`);
    assert.match(await page.title(), /AQB Hessen/, `${app}: Name der Anwendung`);
  }
});

journey('s) Aufgabenkopf ohne Mandanten-Id, Beschreibung, Beträge deutsch in Bescheid freigeben und Mittelabruf prüfen', async ({ page }) => {
  await anmelden(page, 'rp.pruefung');
  let aufgabe = await aufgabeOeffnen(page, 'Bescheid freigeben', FRANKFURT);
  const kopf = page.locator('[cam-tasklist-task] header').first();
  assert.doesNotMatch(await kopf.innerText(), /kommune-\d{5}/, 'Mandanten-Id im Aufgabenkopf');
  assert.equal(await page.locator('[cam-tasklist-task] .tenant-id').isVisible(), false);
  await assertText(page.locator('ol.tasks-list li.task.active, ol.tasks-list li.task').filter({ hasText: FRANKFURT }).first(),
    'Stadt Frankfurt am Main');
  const tabelle = aufgabe.locator('.fjs-form table');
  await tabelle.waitFor();
  const zeilen = await tabelle.locator('tbody tr').allInnerTexts();
  assert.ok(zeilen.length > 0, 'keine Bewilligung je Maßnahme');
  for (const zeile of zeilen) {
    assert.match(zeile, /\d{1,3}(\.\d{3})*,\d{2} €[\s\S]*\d{1,3}(\.\d{3})*,\d{2} €/, `Beantragt und Bewilligt deutsch: ${zeile}`);
    assert.doesNotMatch(zeile, ROHER_BETRAG, `Betrag nicht deutsch formatiert: ${zeile}`);
  }
  await page.locator('[cam-tasklist-task] .nav-tabs a', { hasText: 'Beschreibung' }).click();
  await assertText(page.locator('[cam-tasklist-task]').first(), 'Vier-Augen-Prinzip');

  aufgabe = await aufgabeOeffnen(page, 'Mittelabruf prüfen', DARMSTADT);
  await page.locator('[cam-tasklist-task] .nav-tabs a', { hasText: 'Formular' }).click(); // Tasklist keeps the last tab
  const pruefung = aufgabe.locator('form[name="mittelabrufPruefen"]');
  await assertText(pruefung, 'Angefordert: 85.000,00 €');
  for (const zeile of await pruefung.locator('tbody tr').allInnerTexts()) {
    assert.doesNotMatch(zeile, ROHER_BETRAG, `Betrag nicht deutsch formatiert: ${zeile}`);
  }
});

journey('s) Suche nach der Förderfall-Nummer findet den Fall; die Wiedervorlage zeigt die Nachforderung an ihrem Tag', async ({ page }) => {
  await anmelden(page, 'rp.pruefung');
  // Tasklist's search: criterion "Förderfall-Nummer (Business Key)" = number (README, "Find a case")
  await page.locator('.task-filters .task-filter', { hasText: 'Aufgaben meiner Gruppe' }).first().click();
  await sucheNachFoerderfall(page, FRANKFURT);
  const karten = page.locator('ol.tasks-list li.task');
  await warteBis(async () => (await karten.count()) > 0 && (await karten.allInnerTexts()).every((k) => k.includes(FRANKFURT)),
    { meldung: `nur Aufgaben von ${FRANKFURT} in der Liste` });
  await assertText(karten.first(), 'Bescheid freigeben');

  // the demo's Nachforderung of Wiesbaden 2026 was asked two weeks ago; its deadline is today
  const rest = new Rest('rp.pruefung');
  const [nachforderung] = await rest.get('/task', { processInstanceBusinessKey: WIESBADEN_2026, taskDefinitionKey: 'Task_BeantworteNachforderung' });
  assert.ok(nachforderung, 'die Nachforderung der Demo fehlt');
  assert.equal(nachforderung.followUp.slice(0, 10), heute(), 'Wiedervorlage am Tag der Nachforderungsfrist');
  await page.locator('[cam-widget-search] .remove-search').first().click(); // the search stays while filters change
  await page.locator('.task-filters .task-filter', { hasText: 'Wiedervorlage' }).first().click();
  await warteBis(async () => (await page.locator('ol.tasks-list li.task').filter({ hasText: WIESBADEN_2026 })
    .filter({ hasText: 'Nachforderung beantworten' }).count()) > 0, { meldung: 'Nachforderung in der Wiedervorlage' });
});

journey('s) Cockpit zeigt den Fall unter seiner Förderfall-Nummer', async ({ page }) => {
  await anmelden(page, 'hmsi.sachbearbeitung');
  const [definition] = await new Rest('hmsi.sachbearbeitung').get('/process-definition', { key: 'foerderfall', latestVersion: 'true' });
  const suche = encodeURIComponent(JSON.stringify([{ type: 'businessKey', operator: 'eq', value: FRANKFURT }]));
  await page.goto(`${COCKPIT}#/process-definition/${definition.id}/runtime?searchQuery=${suche}`);
  const schluessel = page.locator('td.business-key');
  await warteBis(async () => {
    const werte = (await schluessel.allInnerTexts()).map((t) => t.trim());
    return werte.length === 1 && werte[0] === FRANKFURT;
  }, { meldung: `genau ${FRANKFURT} in der Instanzliste von Cockpit` });
  assert.equal(await page.locator('.ce-eol-banner').first().isVisible().catch(() => false), false);
});

async function sucheNachFoerderfall(page, nummer) {
  await page.locator('[cam-widget-search] input.main-field').click();
  await page.locator('[cam-widget-search] li.uib-typeahead-match a', { hasText: 'Förderfall-Nummer (Business Key)' }).click();
  // the widget focuses its value field a moment later; typing into the page could go nowhere, so fill the field itself
  const wert = page.locator('[cam-widget-search] .value-field input');
  await wert.fill(nummer);
  await wert.press('Enter');
}

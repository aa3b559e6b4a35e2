// Journey o: accessibility (issue 18, ADR 18). axe-core on the public portal, on every embedded form as the application
// serves it (the markup alone: labels, names, structure; the journeys check each form again inside Tasklist with its
// data), on the Camunda start form, and — recorded only — on Camunda's own Tasklist and Cockpit. Uses no case.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { journey, BASE_URL, TASKLIST, E2E_DIR, anmelden, warteBis, webappOeffnen } from '../lib/aqb.mjs';
import { barrierefreiheitPruefen, camundaSeiteErfassen } from '../lib/axe.mjs';

const EINGEBETTET = readdirSync(path.join(E2E_DIR, '..', 'forms', 'embedded')).filter((d) => d.endsWith('.html')).sort();

journey('o) Barrierefreiheit: Portal, jedes eingebettete Formular, Startformular; Tasklist und Cockpit erfasst', async ({ page }) => {
  // the public portal, as anyone sees it
  await page.goto(`${BASE_URL}/portal/zielvereinbarungen`);
  await page.locator('h1').waitFor();
  await barrierefreiheitPruefen(page, 'Portal Zielvereinbarungen');

  // every embedded form as served under /formulare/, placed in a page the way Tasklist places it (German, one main region)
  assert.ok(EINGEBETTET.length >= 17, `eingebettete Formulare: ${EINGEBETTET.length}`);
  for (const datei of EINGEBETTET) {
    const antwort = await page.goto(`${BASE_URL}/formulare/${datei}`);
    assert.equal(antwort.status(), 200, `/formulare/${datei}`);
    await page.evaluate((titel) => {
      const inhalt = document.body.innerHTML;
      document.documentElement.lang = 'de';
      document.title = titel;
      document.body.innerHTML = `<main>${inhalt}</main>`;
    }, `Formular ${datei}`);
    await barrierefreiheitPruefen(page, `Markup ${datei}`);
  }

  // Camunda's Tasklist: the login page, the list, the start form of a Förderfall (ours) in its dialog
  await page.goto(TASKLIST);
  const name = page.locator("input[ng-model='username']");
  // under load Tasklist's bootstrap can hang at its spinner (as in anmelden): wait, then reload once
  await name.waitFor({ timeout: 30_000 }).catch(async () => {
    await page.reload();
    await name.waitFor({ timeout: 30_000 });
  });
  await camundaSeiteErfassen(page, 'Tasklist Anmeldung');
  await anmelden(page, 'hmsi.sachbearbeitung');
  await page.locator('.task-filters .task-filter', { hasText: 'Aufgaben meiner Gruppe' }).first().click();
  await page.waitForTimeout(2000);
  await camundaSeiteErfassen(page, 'Tasklist Aufgabenliste');
  await page.getByText('Prozess starten', { exact: true }).click();
  const dialog = page.locator('.modal-content');
  await dialog.locator('a', { hasText: 'AQB-Förderfall' }).click();
  await dialog.locator('.fjs-form').waitFor();
  await barrierefreiheitPruefen(page, 'Formular form-foerderfall-start', { bereich: '.modal-content .fjs-form' });
  await camundaSeiteErfassen(page, 'Tasklist Prozess starten (Dialog)');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' }).catch(() => {});

  // a task opened in Tasklist (the ministry's group list of the demo), whole page with Tasklist around our form
  const karte = page.locator('ol.tasks-list li.task h4.task a').first();
  await page.locator('.task-filters .task-filter', { hasText: 'Aufgaben meiner Gruppe' }).first().click();
  if (await warteBis(async () => (await karte.count()) > 0, { timeout: 10_000 }).catch(() => false)) {
    await karte.click();
    await page.locator('[cam-tasklist-form]').first().waitFor();
    await page.waitForTimeout(1500);
    await camundaSeiteErfassen(page, 'Tasklist Aufgabe geöffnet');
  }

  // Cockpit: dashboard and the list of process definitions
  await webappOeffnen(page, `${BASE_URL}/camunda/app/cockpit/default/#/dashboard`, '.dashboard, [cam-dashboard], .ctn-main');
  await page.waitForTimeout(2000);
  await camundaSeiteErfassen(page, 'Cockpit Dashboard');
  await webappOeffnen(page, `${BASE_URL}/camunda/app/cockpit/default/#/processes`, 'table');
  await page.waitForTimeout(1500);
  await camundaSeiteErfassen(page, 'Cockpit Prozesse');
}, { timeout: 360_000 }); // many axe runs; under load slower than a usual journey

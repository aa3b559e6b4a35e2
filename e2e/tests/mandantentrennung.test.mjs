// Journey d: a Wiesbaden clerk never sees an Odenwaldkreis task, neither in Tasklist nor through REST.
import assert from 'node:assert/strict';
import {
  journey, Rest, anmelden, freierFoerderfall, starteFoerderfallPerRest, warteAufAufgabe, warteBis, TASKLIST,
} from '../lib/aqb.mjs';

journey('d) Wiesbaden sieht keine Aufgabe des Odenwaldkreises', async ({ page }) => {
  const ministerium = new Rest('hmsi.sachbearbeitung');
  const fall = await freierFoerderfall(['06437']);
  await starteFoerderfallPerRest(ministerium, fall.gebietskoerperschaft, fall.jahr);
  const entwurf = await warteAufAufgabe(ministerium, fall.nummer, 'Entwurf erstellen');
  // move the case on to the body's own task "Entwurf prüfen" (candidate group kommune-06437)
  await ministerium.post(`/task/${entwurf.id}/claim`, { userId: 'hmsi.sachbearbeitung' });
  await ministerium.post(`/task/${entwurf.id}/submit-form`, {
    variables: {
      budget: { value: '100000', type: 'String' },
      projekteMassnahmenart1: { value: JSON.stringify([{ name: 'Projekt Odenwald (E2E)' }]), type: 'Json' },
      buendnisZeitraum: { value: '2025–2029', type: 'String' },
      unterzeichnerMinisteriumName: { value: 'Heike Hofmann', type: 'String' },
      unterzeichnerMinisteriumTitel: { value: 'Staatsministerin', type: 'String' },
      unterzeichnerPartnerName: { value: 'Frank Matiaske', type: 'String' },
      unterzeichnerPartnerTitel: { value: 'Landrat', type: 'String' },
      entwurfAktion: { value: 'senden', type: 'String' },
    },
  });
  const odenwald = await warteAufAufgabe(new Rest('odenwald.sachbearbeitung'), fall.nummer, 'Entwurf prüfen');

  // REST: neither the task nor the Förderfall is visible to Wiesbaden
  const wiesbaden = new Rest('wiesbaden.sachbearbeitung');
  assert.deepEqual(await wiesbaden.aufgaben(fall.nummer), [], 'Wiesbaden sieht Aufgaben des Odenwaldkreises (REST)');
  const alle = await wiesbaden.get('/task', { maxResults: '1000' });
  assert.ok(alle.every((t) => t.tenantId === 'kommune-06414'), `fremde Aufgaben: ${alle.filter((t) => t.tenantId !== 'kommune-06414').map((t) => t.tenantId).join(', ')}`);
  await wiesbaden.request('GET', `/task/${odenwald.id}`, null, { erwartet: [403, 404] });
  assert.deepEqual(await wiesbaden.get('/process-instance', { businessKey: fall.nummer }), []);
  assert.deepEqual(await wiesbaden.get('/history/process-instance', { processInstanceBusinessKey: fall.nummer }), []);

  // Tasklist: not in "Aufgaben meiner Gruppe", not reachable by direct link
  await anmelden(page, 'wiesbaden.sachbearbeitung');
  await page.locator('.task-filters .task-filter', { hasText: 'Aufgaben meiner Gruppe' }).first().click();
  await page.locator('ol.tasks-list, .tasks-list .well').first().waitFor();
  await page.waitForTimeout(1000);
  const liste = await page.locator('section.tasks-list').innerText();
  assert.ok(!liste.includes(fall.nummer), `Odenwaldkreis-Fall ${fall.nummer} in Wiesbadens Aufgabenliste`);
  assert.ok(!liste.includes('Odenwaldkreis'), 'Odenwaldkreis erscheint in Wiesbadens Aufgabenliste');
  await page.goto(`${TASKLIST}#/?task=${odenwald.id}`);
  await warteBis(async () => !(await page.locator('.task-details h2, [cam-tasklist-task] h2').first().isVisible())
    || !(await page.locator('.fjs-form').isVisible()), { timeout: 5000, meldung: 'Aufgabe nicht geöffnet' });
  assert.equal(await page.getByText(fall.nummer).count(), 0, 'Odenwaldkreis-Aufgabe per Direktlink sichtbar');
});

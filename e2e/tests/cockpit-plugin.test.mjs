// r) The Cockpit plugin "Budgetübersicht" never holds Cockpit up (no browser, no application: the plugin module alone
// against a minimal DOM and a fetch that is stubbed per test). Journeys sometimes hung at Cockpit's spinner.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PLUGIN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..',
  'src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/budgetuebersicht-plugin.js');

function element(tag) {
  return {
    tag, kinder: [], style: {}, attribute: {}, textContent: '',
    set innerHTML(_) { this.kinder = []; },
    appendChild(kind) { this.kinder.push(kind); return kind; },
    setAttribute(name, wert) { this.attribute[name] = wert; },
    createTBody() {
      const koerper = element('tbody');
      koerper.insertRow = () => koerper.appendChild(element('tr'));
      return this.appendChild(koerper);
    },
  };
}
globalThis.document = { createElement: element, createTextNode: (text) => ({ text }) };
// the module is plain JavaScript with an ES export: load it as a module from a data URL of its text
const quelle = await (await import('node:fs/promises')).readFile(PLUGIN, 'utf8');
const [plugin] = (await import('data:text/javascript,' + encodeURIComponent(quelle))).default;
const kurz = () => new Promise((fertig) => setTimeout(fertig, 20));
const texte = (knoten) => knoten.kinder.flatMap((k) => (k.text !== undefined ? [k.text] : texte(k)));

test('r) render kehrt sofort zurück und wirft nie, auch wenn die Anfrage hängt', async () => {
  const signale = [];
  globalThis.fetch = (_, optionen) => new Promise((_, ablehnen) => {
    signale.push(optionen.signal);
    optionen.signal.addEventListener('abort', () => ablehnen(new Error('abgebrochen')));
  });
  const knoten = element('div');
  assert.equal(plugin.render(knoten), undefined);
  assert.doesNotThrow(() => plugin.render(null));
  assert.equal(signale.length, 1);
  assert.equal(signale[0].aborted, false);

  // unmount cancels the pending request, and nothing is written into the left page
  plugin.unmount(knoten);
  await kurz();
  assert.equal(signale[0].aborted, true);
  assert.deepEqual(texte(knoten), [], 'keine Meldung nach dem Verlassen');
  assert.doesNotThrow(() => plugin.unmount(element('div')));
});

test('r) ein zweites render bricht die Anfrage des ersten ab', async () => {
  const signale = [];
  globalThis.fetch = (_, optionen) => new Promise((_, ablehnen) => {
    signale.push(optionen.signal);
    optionen.signal.addEventListener('abort', () => ablehnen(new Error('abgebrochen')));
  });
  const knoten = element('div');
  plugin.render(knoten);
  plugin.render(knoten);
  assert.deepEqual(signale.map((s) => s.aborted), [true, false]);
  plugin.unmount(knoten);
});

test('r) mit Antwort: Summen und Link; kaputte Antwort: deutsche Meldung statt Ausnahme', async () => {
  globalThis.fetch = async () => ({ ok: true, json: async () => ({
    jahr: 2025, zeilen: [{ foerderfallNummer: 'AQB-2025-06414' }, {}],
    summe: { budgetCent: 100000000, bewilligtCent: 0, ausgezahltCent: 0, restCent: 100000000 },
    fristen: [], ueberfaellig: [], stoerungen: [] }) });
  const knoten = element('div');
  plugin.render(knoten);
  await kurz();
  const rahmen = knoten.kinder[0];
  assert.equal(rahmen.kinder[1].kinder[0].kinder.length, 8, 'acht Zeilen');
  assert.equal(rahmen.kinder[2].href, '/programmjahr/uebersicht?jahr=2025');

  globalThis.fetch = async () => ({ ok: false, status: 403 });
  const verboten = element('div');
  plugin.render(verboten);
  await kurz();
  assert.deepEqual(texte(verboten), ['Die Budgetübersicht ist nicht verfügbar (403).']);

  globalThis.fetch = async () => ({ ok: true, json: async () => ({}) });
  const kaputt = element('div');
  plugin.render(kaputt);
  await kurz();
  assert.equal(kaputt.textContent, 'Die Budgetübersicht konnte nicht angezeigt werden.');
});

// Shared helpers for the browser journeys: REST client, polling, browser start, Tasklist login/logout,
// opening tasks, filling Camunda Forms fields by their (German) label, screenshots on failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.AQB_BASE_URL || 'http://localhost:18080').replace(/\/$/, '');
export const PASSWORT = process.env.AQB_DEMO_PASSWORD || 'demo';
export const ADMIN = { user: process.env.AQB_ADMIN_USER || 'admin', passwort: process.env.AQB_ADMIN_PASSWORD || 'admin' };
export const TASKLIST = `${BASE_URL}/camunda/app/tasklist/default/`;
export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOT_DIR = path.join(E2E_DIR, 'screenshots-failed');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HEADED = process.env.E2E_HEADED === '1';

/** Years for which a Zielvereinbarung template exists. */
export const JAHRE = [2026, 2025];

// ---------------------------------------------------------------------------------------------------
// REST

export class Rest {
  constructor(user, passwort = PASSWORT) {
    this.user = user;
    this.auth = 'Basic ' + Buffer.from(`${user}:${passwort}`).toString('base64');
  }

  async request(method, pfad, body, { erwartet = [200, 204] } = {}) {
    const antwort = await fetch(`${BASE_URL}/engine-rest${pfad}`, {
      method,
      headers: { Authorization: this.auth, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await antwort.text();
    if (!erwartet.includes(antwort.status)) {
      throw new Error(`REST ${method} ${pfad} als ${this.user}: HTTP ${antwort.status} ${text.slice(0, 500)}`);
    }
    return text ? JSON.parse(text) : null;
  }

  get(pfad, query) {
    const qs = query ? '?' + new URLSearchParams(query).toString() : '';
    return this.request('GET', pfad + qs);
  }

  post(pfad, body) {
    return this.request('POST', pfad, body ?? {});
  }

  /** Open tasks of a Förderfall (business key), optionally with a given name, visible to this user. */
  aufgaben(foerderfallNummer, name) {
    return this.get('/task', { processInstanceBusinessKey: foerderfallNummer, ...(name ? { name } : {}) });
  }

  /** Variables of the Zielvereinbarung sub-process of a Förderfall (deserialized where possible). */
  async zielvereinbarung(foerderfallNummer) {
    const [instanz] = await this.get('/history/process-instance', {
      processInstanceBusinessKey: foerderfallNummer, processDefinitionKey: 'zielvereinbarung',
    });
    assert.ok(instanz, `keine Zielvereinbarung zu ${foerderfallNummer}`);
    const liste = await this.get('/history/variable-instance', { processInstanceId: instanz.id, deserializeValues: 'false' });
    const variablen = {};
    for (const v of liste) variablen[v.name] = v;
    return { instanz, variablen };
  }
}

export const admin = () => new Rest(ADMIN.user, ADMIN.passwort);

/** Polls fn until it returns a truthy value; returns it or fails with message after timeout. */
export async function warteBis(fn, { timeout = 30_000, intervall = 300, meldung = 'Bedingung' } = {}) {
  const ende = Date.now() + timeout;
  let letzterFehler;
  while (Date.now() < ende) {
    try {
      const wert = await fn();
      if (wert) return wert;
    } catch (e) {
      letzterFehler = e;
    }
    await new Promise((r) => setTimeout(r, intervall));
  }
  throw new Error(`Zeitüberschreitung nach ${timeout} ms: ${meldung}${letzterFehler ? ` (zuletzt: ${letzterFehler.message})` : ''}`);
}

/** Waits until the async steps have produced an open task with this name (polling REST). */
export async function warteAufAufgabe(rest, foerderfallNummer, name, timeout = 30_000) {
  return warteBis(async () => (await rest.aufgaben(foerderfallNummer, name))[0],
    { timeout, meldung: `Aufgabe „${name}“ zu ${foerderfallNummer} für ${rest.user}` });
}

/**
 * Finds a body (Kreisschlüssel) and year for which no Förderfall exists yet (running or finished),
 * so the journeys never collide with demo data or earlier runs against the same database.
 */
export async function freierFoerderfall(schluessel, jahre = JAHRE) {
  const rest = new Rest('hmsi.sachbearbeitung'); // the ministry sees every body's cases (admin does not: tenant wall)
  for (const jahr of jahre) {
    for (const ks of schluessel) {
      const nummer = `AQB-${jahr}-${ks}`;
      const vorhanden = await rest.get('/history/process-instance', { processInstanceBusinessKey: nummer, processDefinitionKey: 'foerderfall' });
      if (vorhanden.length === 0) return { gebietskoerperschaft: ks, jahr, nummer };
    }
  }
  throw new Error(`Kein freier Förderfall mehr für ${schluessel.join(', ')} in ${jahre.join(', ')} (frische Datenbank nötig)`);
}

/** Starts a Förderfall through REST (for setup only; journey a starts it in Tasklist). */
export async function starteFoerderfallPerRest(rest, gebietskoerperschaft, jahr) {
  return rest.post('/process-definition/key/foerderfall/start', {
    variables: {
      gebietskoerperschaft: { value: gebietskoerperschaft, type: 'String' },
      jahr: { value: jahr, type: 'Integer' },
    },
  });
}

/** Today's date (YYYY-MM-DD) in the given time zone. */
export function heute(zeitzone = 'Europe/Berlin') {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zeitzone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

// ---------------------------------------------------------------------------------------------------
// Browser

export async function starteBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: !HEADED,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export async function neueSeite(browser, { breite = 1400, hoehe = 1000 } = {}) {
  const context = await browser.newContext({
    viewport: { width: breite, height: hoehe }, locale: 'de-DE', timezoneId: 'Europe/Berlin', acceptDownloads: false,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.log(`[browser] Seitenfehler: ${e.message}`));
  return page;
}

/**
 * Registers a node:test test that gets a fresh browser page; on failure a full-page screenshot is saved to
 * e2e/screenshots-failed/<name>.png and its path printed.
 */
export function journey(name, fn, optionen = {}) {
  return test(name, { timeout: 180_000, ...optionen }, async (t) => {
    const browser = await starteBrowser();
    const page = await neueSeite(browser);
    try {
      await fn({ t, page, browser });
    } catch (e) {
      await screenshotBeiFehler(page, name);
      throw e;
    } finally {
      await browser.close();
    }
  });
}

export async function screenshotBeiFehler(page, name) {
  try {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const datei = path.join(SCREENSHOT_DIR, name.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 80) + '.png');
    await page.screenshot({ path: datei, fullPage: true, timeout: 10_000 });
    console.log(`# Screenshot des Fehlers: ${datei}`);
  } catch (e) {
    console.log(`# Screenshot nicht möglich: ${e.message}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Tasklist

/**
 * Opens a page of Camunda's webapps and waits for `selector`. While other journeys load the 2-core machine, a webapp's
 * bootstrap or route change sometimes hangs at its spinner (seen in Admin and Cockpit; once a reload hung as well), so
 * this reloads up to twice, waiting longer each time, and logs each reload with the browser's last console errors and
 * failed requests (the cause is not known yet).
 */
export async function webappOeffnen(page, url, selector) {
  const spuren = [];
  const konsole = (m) => { if (m.type() === 'error') spuren.push(m.text().slice(0, 200)); };
  const anfrage = (r) => spuren.push(`${r.method()} ${r.url().replace(/^https?:\/\/[^/]+/, '')} fehlgeschlagen: ${r.failure()?.errorText}`);
  page.on('console', konsole);
  page.on('requestfailed', anfrage);
  try {
    await page.goto(url);
    for (let versuch = 1; ; versuch++) {
      try {
        await page.locator(selector).first().waitFor({ timeout: 10_000 + 10_000 * versuch });
        return;
      } catch (e) {
        if (versuch >= 3) throw e;
        console.log(`# ${url.replace(/^https?:\/\/[^/]+/, '')} hängt beim Laden (Versuch ${versuch}), neu laden; `
          + `Browser: ${spuren.slice(-3).join(' | ') || 'keine Fehler'}`);
        await page.reload();
      }
    }
  } finally {
    page.off('console', konsole);
    page.off('requestfailed', anfrage);
  }
}

/** Logs in on the Tasklist login page and checks that the page is German. */
export async function anmelden(page, user, passwort = PASSWORT) {
  await page.goto(TASKLIST);
  const name = page.locator("input[ng-model='username']");
  // on a loaded 2-core machine Tasklist's bootstrap can hang at its spinner: wait longer, then reload once
  try {
    await name.waitFor({ timeout: 30_000 });
  } catch (e) {
    await page.reload();
    await name.waitFor({ timeout: 30_000 });
  }
  // the German texts arrive a moment after the fields (the locale file loads asynchronously)
  await warteBis(async () => (await name.getAttribute('placeholder')) === 'Benutzername', { timeout: 10_000, meldung: 'Anmeldeseite deutsch (Benutzername)' });
  assert.equal(await page.locator("input[ng-model='password']").getAttribute('placeholder'), 'Passwort');
  assert.equal((await page.locator("button[type='submit']").innerText()).trim(), 'Anmelden');
  const passwortFeld = page.locator("input[ng-model='password']");
  // under load the login page may still move the focus while typing: fill until both fields hold their value
  await warteBis(async () => {
    await name.fill(user);
    await passwortFeld.fill(passwort);
    return (await name.inputValue()) === user && (await passwortFeld.inputValue()) === passwort;
  }, { timeout: 10_000, intervall: 300, meldung: 'Anmeldedaten eingetragen' });
  await page.locator("button[type='submit']").click();
  await page.getByText('Aufgaben meiner Gruppe').first().waitFor();
}

/** Logs out through the user menu (German: "Abmelden"). */
export async function abmelden(page) {
  await page.locator('li.account > a.dropdown-toggle').click();
  await page.locator('li.logout a', { hasText: 'Abmelden' }).click();
  await page.locator("input[ng-model='username']").waitFor();
}

/** Starts a process from "Prozess starten" with its Camunda start form; fill(page) fills the fields. */
export async function prozessStarten(page, prozessName, fill) {
  await page.getByText('Prozess starten', { exact: true }).click();
  const dialog = page.locator('.modal-content');
  await dialog.locator('a', { hasText: prozessName }).click();
  await dialog.locator('.fjs-form').waitFor();
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Start', exact: true }).click();
  await erwarteMeldung(page, 'Der Prozess wurde gestartet.');
}

/**
 * Opens a task from the list "Aufgaben meiner Gruppe" (or "Meine Aufgaben") by its name and the Förderfall
 * number shown on the card, and waits for the form to render.
 */
export async function aufgabeOeffnen(page, aufgabenName, foerderfallNummer, { filter = 'Aufgaben meiner Gruppe' } = {}) {
  if (!page.url().includes('/tasklist/')) await page.goto(TASKLIST);
  const filterEintrag = page.locator('.task-filters .task-filter', { hasText: filter }).first();
  if (!(await filterEintrag.isVisible())) {
    await page.goto(TASKLIST); // e.g. after a script failed to load under load
    await page.reload();
  }
  await filterEintrag.click();
  const karte = page.locator('ol.tasks-list li.task')
    .filter({ has: page.locator('h4.task', { hasText: aufgabenName }) })
    .filter({ hasText: foerderfallNummer });
  const sichtbar = async () => {
    if (await karte.count() > 0) return true;
    await page.locator('.task-filters .task-filter', { hasText: filter }).first().click();
    return false;
  };
  // a long list (the demo's programme year, journey p's 27 cases) shows only its first page: then search the case by
  // its number, or a task outside a Förderfall (e.g. "Altvereinbarung übernehmen") by its process's name
  try {
    await warteBis(sichtbar, { timeout: 6_000, intervall: 1000, meldung: `Aufgabe „${aufgabenName}“ (${foerderfallNummer}) in „${filter}“` });
  } catch (e) {
    const fallnummer = /^AQB-\d{4}-\d{5}/.test(foerderfallNummer);
    await sucheFall(page, foerderfallNummer, fallnummer ? 'Förderfall-Nummer (Business Key)' : 'Name der Prozessdefinition');
    await warteBis(sichtbar, { timeout: 20_000, intervall: 1000, meldung: `Aufgabe „${aufgabenName}“ (${foerderfallNummer}) in „${filter}“ (gesucht)` });
  }
  await karte.first().locator('h4.task a').click();
  const kopf = page.locator('.task-details h2, [cam-tasklist-task] h2').first();
  await assertText(kopf, aufgabenName);
  return page.locator('.task-details, [cam-tasklist-task]').first();
}

/** Tasklist's search for one Förderfall (business key) or another criterion, replacing any earlier search. */
export async function sucheFall(page, nummer, kriterium = 'Förderfall-Nummer (Business Key)') {
  for (const entfernen of await page.locator('[cam-widget-search] .remove-search').all()) {
    await entfernen.click({ timeout: 2_000 }).catch(() => {});
  }
  await page.locator('[cam-widget-search] input.main-field').click();
  await page.locator('[cam-widget-search] li.uib-typeahead-match a', { hasText: kriterium }).click();
  const wert = page.locator('[cam-widget-search] .value-field input').first();
  await wert.waitFor();
  await wert.fill(nummer); // fill, not keyboard.type: under load the field may not have the focus yet
  await wert.press('Enter');
  await page.locator('[cam-widget-search] .search-label, [cam-widget-search]').filter({ hasText: nummer }).first()
    .waitFor({ timeout: 5_000 }).catch(() => {});
}

/** Claims the open task ("Diese Aufgabe übernehmen") and waits for the form to become editable. */
export async function uebernehmen(page) {
  await page.getByText('Diese Aufgabe übernehmen', { exact: true }).click();
  await page.locator('[cam-tasklist-form] .disabled-form').waitFor({ state: 'detached' }).catch(() => {});
  await page.locator('.form-actions button', { hasText: 'Abschließen' }).waitFor();
}

/**
 * Clicks "Abschließen" and waits until Tasklist reports the outcome: resolves with the success text, or throws with
 * the German error notification (use abschliessenErwarteFehler for negative tests).
 */
export async function abschliessen(page) {
  const ergebnis = await abschliessenErgebnis(page);
  if (!ergebnis.ok) throw new Error(`Abschließen fehlgeschlagen: ${ergebnis.text}`);
  return ergebnis.text;
}

/** Clicks "Abschließen" and expects an error notification; returns its text. */
export async function abschliessenErwarteFehler(page) {
  const ergebnis = await abschliessenErgebnis(page);
  if (ergebnis.ok) throw new Error(`Fehlermeldung erwartet, aber: ${ergebnis.text}`);
  return ergebnis.text;
}

async function abschliessenErgebnis(page) {
  const knopf = page.locator('.form-actions button.btn-primary', { hasText: 'Abschließen' });
  await warteBis(() => knopf.isEnabled(), { timeout: 10_000, meldung: '„Abschließen“ aktiv' });
  const alerts = page.locator('.notifications .alert');
  // a clerk closes an earlier error message first: it sits over the lower part of the form and its buttons
  for (const schliessen of await page.locator('.page-notifications .alert .close').all()) {
    await schliessen.click({ timeout: 2_000 }).catch(() => {});
  }
  const vorher = await alerts.count();
  await knopf.click();
  return warteBis(async () => {
    const texte = (await alerts.allInnerTexts()).slice(vorher).map((t) => t.replace(/^×\s*/, '').trim());
    const fehler = texte.find((t) => t.includes('Fehler'));
    if (fehler) return { ok: false, text: fehler };
    const ok = texte.find((t) => t.includes('Die Aufgabe wurde abgeschlossen'));
    if (ok) return { ok: true, text: ok };
    if (await page.getByText('Wählen Sie eine Aufgabe aus der Liste.').isVisible()) return { ok: true, text: '(Aufgabe geschlossen)' };
    return null;
  }, { timeout: 20_000, intervall: 100, meldung: 'Rückmeldung nach „Abschließen“' });
}

/** Waits for a Tasklist notification containing text; returns the notification text. */
export async function erwarteMeldung(page, text, timeout = 15_000) {
  const meldung = page.locator('.notifications .alert, .notifications .notification').filter({ hasText: text }).first();
  await meldung.waitFor({ timeout });
  return (await meldung.innerText()).trim();
}

export async function assertText(locator, erwartet, timeout = 15_000) {
  await warteBis(async () => (await locator.innerText()).includes(erwartet),
    { timeout, intervall: 200, meldung: `Text „${erwartet}“ erscheint` }).catch(async (e) => {
    const ist = await locator.innerText().catch(() => '(nicht vorhanden)');
    throw new Error(`${e.message}; gefunden: „${ist.slice(0, 300)}“`);
  });
}

// ---------------------------------------------------------------------------------------------------
// Camunda Forms (form-js 1.x as rendered by Tasklist 7.24)

/** The form-js field (.fjs-form-field) whose label is exactly `label`. */
export function formFeld(scope, label) {
  return scope.locator('.fjs-form-field').filter({
    has: seite(scope).locator(':scope > .fjs-form-field-label', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }),
  }).first();
}

/** Fills a textfield, textarea or number field by its label. */
export async function feldAusfuellen(scope, label, wert) {
  const feld = formFeld(scope, label);
  await feld.waitFor();
  const eingabe = feld.locator('input.fjs-input, textarea.fjs-textarea, textarea').first();
  await eingabe.fill(String(wert));
  await eingabe.blur();
}

/** Chooses a value in a searchable select by its label and option text. */
export async function auswahl(scope, label, optionText) {
  const feld = formFeld(scope, label);
  const eingabe = feld.locator('input.fjs-input').first();
  await eingabe.click();
  await eingabe.fill(optionText.slice(0, Math.min(optionText.length, 14)));
  await feld.locator('.fjs-dropdownlist-item', { hasText: optionText }).first().click();
}

/** Checks a radio option by the group label and the option label. */
export async function radio(scope, label, optionLabel) {
  const feld = formFeld(scope, label);
  await feld.getByLabel(optionLabel, { exact: true }).check();
}

/** Sets a form-js date field (datetime/subtype date) to an ISO date (YYYY-MM-DD). */
export async function datumSetzen(scope, label, isoDatum) {
  const eingabe = scope.getByLabel(label, { exact: true });
  const [j, m, t] = isoDatum.split('-');
  // form-js parses typed dates in the browser locale's format (de-DE: dd.mm.yyyy)
  const platzhalter = (await eingabe.getAttribute('placeholder')) || 'dd.mm.yyyy';
  const text = platzhalter.toLowerCase().startsWith('dd') ? `${t}.${m}.${j}` : `${m}/${t}/${j}`;
  await eingabe.fill(text);
  await eingabe.press('Enter');
  await eingabe.blur();
}

/** Adds one entry per name to a dynamic list (label = list label, inner field label "Projektname"). */
export async function listeFuellen(scope, listenLabel, namen, feldLabel = 'Projektname') {
  const liste = scope.locator('.fjs-form-field-dynamiclist').filter({
    has: seite(scope).locator(':scope > label.fjs-form-field-label', { hasText: new RegExp(`^\\s*${escapeRegExp(listenLabel)}\\s*$`) }),
  }).first();
  await liste.waitFor();
  const vorher = await liste.locator('.fjs-repeat-row-container').count();
  for (let i = 0; i < namen.length; i++) {
    await liste.locator('button.fjs-repeat-render-add').click();
    const zeile = liste.locator('.fjs-repeat-row-container').nth(vorher + i);
    await zeile.getByLabel(feldLabel, { exact: true }).fill(namen[i]);
  }
  return liste;
}

/** Texts of all labels of the rendered Camunda form (for language checks). */
export async function formularLabels(scope) {
  return scope.locator('.fjs-form label.fjs-form-field-label').allInnerTexts();
}

function seite(scope) {
  return typeof scope.page === 'function' ? scope.page() : scope;
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

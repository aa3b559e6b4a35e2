// Accessibility checks in the journeys (issue 18, ADR 18): axe-core (WCAG 2.0/2.1 A and AA rules) on the current page or
// on one part of it (the task form inside Tasklist). Each check is recorded as JSON in e2e/axe-ergebnisse/ (one file per
// check) for the summary that e2e/run prints (lib/axe-bericht.mjs). Our own pages and forms must have no violation of
// impact "serious" or "critical"; Camunda's webapps are only recorded (we do not patch their files).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { E2E_DIR } from './aqb.mjs';

export const AXE_DIR = path.join(E2E_DIR, 'axe-ergebnisse');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCHWER = ['critical', 'serious'];

/**
 * Moderate findings we accept, with the reason (listed in the README's accessibility statement). Anything moderate not
 * listed here is printed as "ohne Begründung" in the summary.
 */
export const BEGRUENDET = {};

/** The part of Tasklist that holds the task's form (embedded HTML form or Camunda Form). */
export const FORMULAR = '[cam-tasklist-form]';

/**
 * Runs axe on the page (or only inside `bereich`, a CSS selector), records the counts per impact under `name`, and fails
 * on serious/critical violations unless `nurErfassen` (Camunda's own webapps) or AXE_NUR_ERFASSEN=1 (to measure a
 * "before" state). Returns the recorded result.
 */
export async function barrierefreiheitPruefen(page, name, { bereich, nurErfassen = false, art = 'eigen' } = {}) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (bereich) {
    assert.ok(await page.locator(bereich).count() > 0, `Barrierefreiheit „${name}“: Bereich ${bereich} nicht auf der Seite`);
    builder = builder.include(bereich);
  }
  const ergebnis = await builder.analyze();
  const zaehlung = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  const verstoesse = ergebnis.violations.map((v) => {
    zaehlung[v.impact] = (zaehlung[v.impact] || 0) + v.nodes.length;
    return {
      regel: v.id, wirkung: v.impact, hilfe: v.help, anzahl: v.nodes.length,
      ziele: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      begruendung: BEGRUENDET[v.id] || null,
    };
  });
  const eintrag = { name, art, bereich: bereich || 'ganze Seite', url: page.url().replace(/^https?:\/\/[^/]+/, ''),
    axe: ergebnis.testEngine.version, regelnBestanden: ergebnis.passes.length,
    elementeGeprueft: ergebnis.passes.reduce((n, r) => n + r.nodes.length, 0), zaehlung, verstoesse };
  mkdirSync(AXE_DIR, { recursive: true });
  const datei = name.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 100) + '.json';
  writeFileSync(path.join(AXE_DIR, datei), JSON.stringify(eintrag, null, 2));
  const schwer = verstoesse.filter((v) => SCHWER.includes(v.wirkung));
  console.log(`# axe ${name}: kritisch ${zaehlung.critical}, ernst ${zaehlung.serious}, mittel ${zaehlung.moderate}, `
    + `gering ${zaehlung.minor}, bestanden ${eintrag.regelnBestanden} Regeln${schwer.length ? ' – ' + schwer.map((v) => `${v.regel} (${v.anzahl})`).join(', ') : ''}`);
  if (!nurErfassen && process.env.AXE_NUR_ERFASSEN !== '1') {
    assert.equal(schwer.length, 0, `Barrierefreiheit „${name}“: ${schwer.map((v) => `${v.regel} [${v.wirkung}] ${v.hilfe}: `
      + v.ziele.join(' | ')).join('; ')}`);
  }
  return eintrag;
}

/** Checks the form of the open task (our markup only; Tasklist around it is recorded separately). */
export function formularPruefen(page, name) {
  return barrierefreiheitPruefen(page, `Formular ${name}`, { bereich: FORMULAR });
}

/** Records what axe reports for a page of Camunda's webapps (Tasklist, Cockpit), without failing. */
export function camundaSeiteErfassen(page, name) {
  return barrierefreiheitPruefen(page, name, { nurErfassen: true, art: 'camunda' });
}

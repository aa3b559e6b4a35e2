// Prints the accessibility summary of the last journey run (e2e/axe-ergebnisse/*.json, written by lib/axe.mjs) as a
// Markdown table and writes it to e2e/axe-ergebnisse/bericht.md. Usage: node lib/axe-bericht.mjs
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AXE_DIR } from './axe.mjs';

if (!existsSync(AXE_DIR)) {
  console.log('axe: keine Ergebnisse (keine Journey mit Prüfung gelaufen)');
  process.exit(0);
}
const eintraege = readdirSync(AXE_DIR).filter((d) => d.endsWith('.json'))
  .map((d) => JSON.parse(readFileSync(path.join(AXE_DIR, d), 'utf8')))
  .sort((a, b) => a.art.localeCompare(b.art) || a.name.localeCompare(b.name));
const zeilen = ['| Seite / Formular | Art | kritisch | ernst | mittel | gering | Regeln |', '|---|---|---|---|---|---|---|'];
for (const e of eintraege) {
  const z = e.zaehlung;
  const regeln = e.verstoesse.map((v) => `${v.regel} (${v.wirkung}, ${v.anzahl})`).join(', ') || '–';
  zeilen.push(`| ${e.name} | ${e.art} | ${z.critical} | ${z.serious} | ${z.moderate} | ${z.minor} | ${regeln} |`);
}
const mittel = eintraege.flatMap((e) => e.verstoesse.filter((v) => v.wirkung === 'moderate' && e.art === 'eigen')
  .map((v) => `- ${e.name}: ${v.regel} – ${v.begruendung || 'ohne Begründung'}`));
const text = `axe-core ${eintraege[0]?.axe ?? ''}, Regeln WCAG 2.0/2.1 A und AA\n\n${zeilen.join('\n')}\n`
  + (mittel.length ? `\nVerbleibende mittlere Befunde unserer Seiten:\n${mittel.join('\n')}\n` : '');
writeFileSync(path.join(AXE_DIR, 'bericht.md'), text);
console.log(`\n=== Barrierefreiheit (axe) ===\n${text}`);

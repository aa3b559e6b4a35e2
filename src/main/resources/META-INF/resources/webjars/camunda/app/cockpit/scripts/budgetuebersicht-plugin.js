/*
 * AQB-Workflow: Cockpit plugin "Budgetübersicht" (issue 12, ADR 21). Camunda 7 frontend plugin (7.14+ mechanism, loaded
 * through customScripts in config.js) on the dashboard: the programme year's totals from /programmjahr/uebersicht.json
 * (the application's endpoint under the same webapp login) and a link to the full page with chart and exports.
 * Cockpit must never wait for it: render() returns at once and never throws, the request gives up after 15 s, and
 * unmount() (Cockpit leaving the dashboard) cancels a pending request, so a late answer never writes into a left page.
 */
const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

function zelle(text, rechts) {
  const td = document.createElement('td');
  td.textContent = text;
  if (rechts) td.style.textAlign = 'right';
  return td;
}

const ZEITLIMIT_MS = 15000;
const laufend = new WeakMap(); // node -> AbortController of its pending request

function abbrechen(node) {
  const steuerung = laufend.get(node);
  if (steuerung) {
    laufend.delete(node);
    steuerung.abort();
  }
}

async function zeichne(node, steuerung) {
  node.innerHTML = '';
  const rahmen = document.createElement('section');
  rahmen.className = 'aqb-budgetuebersicht';
  rahmen.setAttribute('aria-labelledby', 'aqb-budget-titel');
  const titel = document.createElement('h3');
  titel.id = 'aqb-budget-titel';
  titel.textContent = 'AQB-Budgetübersicht';
  rahmen.appendChild(titel);
  node.appendChild(rahmen);
  let daten;
  let zuLange = false;
  const wecker = setTimeout(() => { zuLange = true; steuerung.abort(); }, ZEITLIMIT_MS);
  try {
    const antwort = await fetch('/programmjahr/uebersicht.json', {
      credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: steuerung.signal });
    if (!antwort.ok) {
      rahmen.appendChild(document.createTextNode('Die Budgetübersicht ist nicht verfügbar (' + antwort.status + ').'));
      return;
    }
    daten = await antwort.json();
  } catch (e) {
    // cancelled by unmount: the page is gone, write nothing; otherwise (network, time limit) say so
    if (!steuerung.signal.aborted || zuLange) {
      rahmen.appendChild(document.createTextNode('Die Budgetübersicht ist nicht erreichbar.'));
    }
    return;
  } finally {
    clearTimeout(wecker);
  }
  if (steuerung.signal.aborted) return;
  const s = daten.summe;
  const tabelle = document.createElement('table');
  tabelle.className = 'table table-condensed';
  tabelle.style.maxWidth = '40rem';
  const koerper = tabelle.createTBody();
  [['Programmjahr', String(daten.jahr)], ['Förderfälle', String(daten.zeilen.filter(z => z.foerderfallNummer).length)],
    ['Budget (Zielvereinbarungen bzw. Zuteilung)', euro.format(s.budgetCent / 100)], ['Bewilligt', euro.format(s.bewilligtCent / 100)],
    ['Ausgezahlt', euro.format(s.ausgezahltCent / 100)], ['Rest', euro.format(s.restCent / 100)],
    ['Fristen in 30 Tagen / überfällig', daten.fristen.length + ' / ' + daten.ueberfaellig.length],
    ['Offene Störungen', String(daten.stoerungen.length)]].forEach(([name, wert]) => {
    const zeile = koerper.insertRow();
    zeile.appendChild(zelle(name, false));
    zeile.appendChild(zelle(wert, true));
  });
  rahmen.appendChild(tabelle);
  const link = document.createElement('a');
  link.href = '/programmjahr/uebersicht?jahr=' + daten.jahr;
  link.target = '_blank';
  link.rel = 'noopener';
  link.id = 'aqb-budgetuebersicht-link';
  link.className = 'btn btn-default';
  link.textContent = 'Budgetübersicht mit Diagramm öffnen';
  rahmen.appendChild(link);
}

export default [{
  id: 'aqbBudgetuebersicht',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node) => {
    try {
      abbrechen(node);
      const steuerung = new AbortController();
      laufend.set(node, steuerung);
      zeichne(node, steuerung)
        .catch(() => {
          if (!steuerung.signal.aborted) node.textContent = 'Die Budgetübersicht konnte nicht angezeigt werden.';
        })
        .finally(() => { if (laufend.get(node) === steuerung) laufend.delete(node); });
    } catch (e) {
      // never break Cockpit's dashboard
    }
  },
  unmount: (node) => {
    try {
      abbrechen(node);
    } catch (e) {
      // nothing to clean up
    }
  }
}];

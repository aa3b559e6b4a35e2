/*
 * AQB-Workflow: Cockpit plugin "Budgetübersicht" (issue 12, ADR 21). Camunda 7 frontend plugin (7.14+ mechanism, loaded
 * through customScripts in config.js) on the dashboard: the programme year's totals from /programmjahr/uebersicht.json
 * (the application's endpoint under the same webapp login) and a link to the full page with chart and exports.
 */
const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

function zelle(text, rechts) {
  const td = document.createElement('td');
  td.textContent = text;
  if (rechts) td.style.textAlign = 'right';
  return td;
}

async function zeichne(node) {
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
  try {
    const antwort = await fetch('/programmjahr/uebersicht.json', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!antwort.ok) {
      rahmen.appendChild(document.createTextNode('Die Budgetübersicht ist nicht verfügbar (' + antwort.status + ').'));
      return;
    }
    daten = await antwort.json();
  } catch (e) {
    rahmen.appendChild(document.createTextNode('Die Budgetübersicht ist nicht erreichbar.'));
    return;
  }
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
  render: (node) => { zeichne(node); }
}];

// AQB-Workflow: the budget overview's chart (issue 12, ADR 21): stacked bars per body from the page's data block
// (#diagramm-daten). A file of its own, since the application's pages allow no inline script (CSP, ADR 22).
(function () {
  const block = document.getElementById('diagramm-daten');
  const ziel = document.getElementById('diagramm');
  if (!block || !ziel) return;
  const daten = JSON.parse(block.textContent);
  const euro = new Intl.NumberFormat('de-DE', {style: 'currency', currency: 'EUR', maximumFractionDigits: 0});
  // one labelled bar per body: the frame grows with the number of bodies, so Chart.js need not skip labels
  ziel.parentElement.style.height = Math.max(16, 1.5 * daten.labels.length + 5) + 'rem';
  window.aqbDiagramm = new Chart(ziel, {
    type: 'bar', data: daten,
    options: {
      indexAxis: 'y', maintainAspectRatio: false, animation: false,
      scales: {x: {stacked: true, ticks: {callback: v => euro.format(v)}}, y: {stacked: true, ticks: {autoSkip: false}}},
      plugins: {tooltip: {callbacks: {label: c => c.dataset.label + ': ' + euro.format(c.raw)}}}
    }
  });
})();

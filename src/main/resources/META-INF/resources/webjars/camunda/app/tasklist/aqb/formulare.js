// AQB-Workflow: helpers shared by the embedded task forms (forms/embedded/*.html). Tasklist loads this module
// before it renders anything (config.js customScripts); a form's script takes what it needs, e.g.
//   $scope.alsBetrag = window.aqbFormulare.alsBetrag;
// It registers no plugin (no default export).

/**
 * An amount as typed, in German notation after input, the way the server's Geld.euro reads it back:
 * "20000.5" -> "20.000,50", "1.234" -> "1.234,00", "12,3" -> "12,30". Anything that is not an amount stays as typed,
 * so the server names the field in its German error.
 */
function alsBetrag(text) {
  var roh = text === undefined || text === null ? '' : String(text);
  var t = roh.replace(/[\s\u00a0\u20ac]/g, '');
  if (t === '') { return ''; }
  if (t.indexOf(',') >= 0) { t = t.replace(/\./g, '').replace(',', '.'); }
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) { t = t.replace(/\./g, ''); }
  var m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) { return roh; }
  var ganz = m[2].replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return m[1] + ganz + ',' + ((m[3] || '') + '00').slice(0, 2);
}

window.aqbFormulare = Object.freeze({ alsBetrag: alsBetrag });

// Two nodes, one database (issue 14 item 7, ADR 25): drives cases of the demo's programme year 2025 through BOTH
// application nodes at once over /engine-rest, as the parties would, and then checks the shared database.
//   - every user task is completed from both nodes at the same moment (two tabs, two clerks, two nodes): exactly one
//     request wins, the other gets a German 4xx (409 when the engine's optimistic locking rolled it back, 404 when the
//     task was already gone) and changes nothing; the RP's decision on a Mittelabruf is raced as "auszahlen" on one node
//     against "kürzen" on the other: the ledger must show the winner's decision, once;
//   - the cases run concurrently, so both job executors pick up the asynchronous steps and mails;
//   - timers come due during the run: the Durchführung's "Jahreswechsel" and "Herbsttermin" timers are due when created
//     (the measures started in 2025), the Antrag's reminder timer is set due through PUT /job/{id}/duedate;
//   - at the end (after the job executors are idle), SQL on the shared database: no Mittelabruf paid twice, payments and
//     their per-measure rows agree and match the winners, nothing paid beyond the grant, no job executed twice or lost,
//     no failed job, every timer fired once, no mail sent twice.
// Environment (set by .ci/zwei-knoten/run): ZK_KNOTEN (two base URLs, comma-separated), ZK_DB, ZK_FAELLE.
// No npm dependencies: fetch and psql.
import { execFileSync } from 'node:child_process';

const KNOTEN = (process.env.ZK_KNOTEN || 'http://localhost:8181,http://localhost:8182').split(',');
const DB = process.env.ZK_DB || 'aqb_zweiknoten';
const FAELLE = Number(process.env.ZK_FAELLE || 8);
const PARALLEL = Number(process.env.ZK_PARALLEL || 4);
const PASSWORT = process.env.AQB_DEMO_PASSWORD || 'demo';
const ADMIN = { user: process.env.AQB_ADMIN_USER || 'admin', passwort: process.env.AQB_ADMIN_PASSWORD || 'admin' };

const verstoesse = [];
const zahlen = { rennen: 0, beideAbgewiesen: 0, gewinnerKnoten: [0, 0], verliererStatus: {}, mittelabrufe: 0, timerGestellt: 0 };
const erwarteteAbrufe = []; // { nummer, abruf, entscheidung, cent }

function verstoss(text) {
  verstoesse.push(text);
  console.error(`VERSTOSS: ${text}`);
}

// ------------------------------------------------------------------------------------------------------------------
// REST

async function anfrage(knoten, user, passwort, method, pfad, body) {
  const antwort = await fetch(`${knoten}/engine-rest${pfad}`, {
    method,
    headers: {
      Authorization: 'Basic ' + Buffer.from(`${user}:${passwort}`).toString('base64'),
      Accept: 'application/json',
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await antwort.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON */ }
  return { status: antwort.status, json, text };
}

let reihum = 0;
async function rest(user, method, pfad, body, { passwort = PASSWORT, erwartet = [200, 204] } = {}) {
  const knoten = KNOTEN[reihum++ % KNOTEN.length]; // plain requests alternate between the nodes
  const a = await anfrage(knoten, user, passwort, method, pfad, body);
  if (!erwartet.includes(a.status)) {
    throw new Error(`${method} ${pfad} als ${user} über ${knoten}: HTTP ${a.status} ${a.text.slice(0, 300)}`);
  }
  return a.json;
}
const admin = (method, pfad, body, optionen = {}) => rest(ADMIN.user, method, pfad, body, { passwort: ADMIN.passwort, ...optionen });

const s = (value) => ({ value, type: 'String' });
const j = (value) => ({ value: JSON.stringify(value), type: 'Json' });
const b = (value) => ({ value, type: 'Boolean' });
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

async function warteAufAufgabe(user, nummer, schluessel, timeout = 90_000) {
  const ende = Date.now() + timeout;
  while (Date.now() < ende) {
    const liste = await rest(user, 'GET', `/task?processInstanceBusinessKey=${nummer}&taskDefinitionKey=${schluessel}`);
    if (liste.length > 0) return liste[0];
    await pause(250);
  }
  throw new Error(`${nummer}: Aufgabe ${schluessel} für ${user} nach ${timeout / 1000} s nicht offen`);
}

/** A clean German refusal: one sentence, no engine code, no class or SQL. */
function deutscheAblehnung(a) {
  const m = a.json && typeof a.json.message === 'string' ? a.json.message : '';
  return a.status >= 400 && a.status < 500 && /[äöüß]|\b(nicht|wurde|Aufgabe|Vorgang)\b/.test(m)
    && !/ENGINE-|Exception|SQL|TaskEntity|concurrently|ACT_/i.test(m);
}

/**
 * The same task submitted through both nodes at the same moment, by {@code users[0]} on node 1 and {@code users[1]} on
 * node 2, each with its own values. Returns the index of the winner.
 */
async function rennen(nummer, schluessel, users, werte) {
  for (let versuch = 1; ; versuch++) {
    const aufgabe = await warteAufAufgabe(users[0], nummer, schluessel);
    const ergebnisse = await Promise.all(KNOTEN.map((knoten, i) =>
      anfrage(knoten, users[i], PASSWORT, 'POST', `/task/${aufgabe.id}/submit-form`, { variables: werte[i] })));
    zahlen.rennen++;
    for (const a of ergebnisse.filter((a) => a.status !== 204)) {
      zahlen.verliererStatus[a.status] = (zahlen.verliererStatus[a.status] || 0) + 1;
      if (!deutscheAblehnung(a)) verstoss(`${nummer} ${schluessel}: abgewiesen mit HTTP ${a.status} ${a.text.slice(0, 300)}`);
    }
    const gewinner = ergebnisse.map((a, i) => (a.status === 204 ? i : -1)).filter((i) => i >= 0);
    if (gewinner.length > 1) {
      verstoss(`${nummer} ${schluessel}: ${gewinner.length} Gewinner statt 1`);
      return gewinner[0];
    }
    if (gewinner.length === 0) {
      // both lost against a job of the same instance (a timer or an asynchronous step committed in between): both got a
      // German 409 and changed nothing, the task is still open — as a user would, submit again
      zahlen.beideAbgewiesen++;
      const offen = await anfrage(KNOTEN[0], users[0], PASSWORT, 'GET', `/task/${aufgabe.id}`);
      if (offen.status !== 200) verstoss(`${nummer} ${schluessel}: beide abgewiesen, aber die Aufgabe ist nicht mehr offen`);
      if (versuch >= 5 || offen.status !== 200) throw new Error(`${nummer} ${schluessel}: nach ${versuch} Versuchen kein Gewinner`);
      await pause(200);
      continue;
    }
    zahlen.gewinnerKnoten[gewinner[0]]++;
    const danach = await anfrage(KNOTEN[1 - gewinner[0]], users[0], PASSWORT, 'GET', `/task/${aufgabe.id}`);
    if (danach.status !== 404) verstoss(`${nummer} ${schluessel}: Aufgabe nach dem Rennen noch offen (HTTP ${danach.status})`);
    return gewinner[0];
  }
}

const gleich = (werte) => [werte, werte];

/**
 * A job that lost an optimistic-locking conflict (another node's job or a user's completion changed the same instance
 * first) is not lost: Camunda rolls it back and schedules it again after the model's failedJobRetryTimeCycle (R3/PT5M).
 * The run cannot wait five minutes, so such a job is brought forward through PUT /job/{id}/duedate as an operator would;
 * each is counted and must then succeed exactly once.
 */
const vorgezogen = new Set();
/** SQL condition: the failure was a conflict with a concurrent transaction (optimistic lock, or a deadlock PostgreSQL broke). */
const KONFLIKT = (meldung, stapel) => `(${meldung} LIKE '%ENGINE-03005%' OR EXISTS (SELECT 1 FROM act_ge_bytearray b WHERE b.id_ = ${stapel} `
  + `AND position('deadlock detected' IN convert_from(b.bytes_, 'UTF8')) > 0))`;
async function konfliktJobsVorziehen() {
  const ids = sql(`SELECT j.id_ FROM act_ru_job j WHERE j.retries_ > 0 AND j.duedate_ > now() AND ${KONFLIKT('j.exception_msg_', 'j.exception_stack_id_')}`);
  for (const [id] of ids) {
    await admin('PUT', `/job/${id}/duedate`, { duedate: new Date(Date.now() - 1000).toISOString().replace('Z', '+0000'), cascade: false },
      { erwartet: [204, 404] });
    vorgezogen.add(id);
  }
}
let laeuft = true;
async function konfliktJobsBeobachten() {
  while (laeuft) {
    await konfliktJobsVorziehen().catch((e) => console.error(`zwei-knoten: Vorziehen: ${e.message}`));
    await pause(1000);
  }
}

// ------------------------------------------------------------------------------------------------------------------
// one case: Zielvereinbarung → Antrag → Bescheid → two Mittelabrufe

function heute() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
}
function inTagen(tage) {
  const d = new Date(Date.now() + tage * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}
const euro = (cent) => (cent / 100).toFixed(2).replace('.', ',');

async function benutzerAnlegen(ks) {
  const id = `zk.${ks}`;
  await admin('POST', '/user/create', {
    profile: { id, firstName: 'Zwei', lastName: `Knoten ${ks}`, email: `${id}@example.org` }, credentials: { password: PASSWORT },
  });
  await admin('PUT', `/group/kommune-${ks}/members/${id}`);
  await admin('PUT', `/group/zeichnungsberechtigte/members/${id}`);
  return id;
}

async function antragsTimerFaelligStellen(nummer) {
  // the reminder "Antragsfrist naht" is weeks ahead: set due now, so it fires during the run (on either node)
  const ende = Date.now() + 30_000;
  while (Date.now() < ende) {
    const [instanz] = await rest('hmsi.sachbearbeitung', 'GET', `/process-instance?businessKey=${nummer}&processDefinitionKey=antrag`);
    if (instanz) {
      const jobs = await admin('GET', `/job?processInstanceId=${instanz.id}&timers=true&activityId=BoundaryEvent_AntragsfristNaht`);
      if (jobs.length === 1) {
        await admin('PUT', `/job/${jobs[0].id}/duedate`, { duedate: new Date(Date.now() - 1000).toISOString().replace('Z', '+0000'), cascade: false });
        zahlen.timerGestellt++;
        // wait until one of the executors has fired it: the body completing the task first would cancel the reminder
        // (a boundary timer of the task), and the run would then test nothing about timers on two nodes
        const gefeuert = Date.now() + 30_000;
        while (Date.now() < gefeuert) {
          if (eineZahl(`SELECT count(*) FROM act_hi_job_log WHERE job_id_ = '${jobs[0].id}' AND job_state_ = 2`) > 0) return;
          await pause(200);
        }
        verstoss(`${nummer}: der fällig gestellte Timer „Antragsfrist naht“ wurde in 30 s nicht ausgelöst`);
        return;
      }
    }
    await pause(300);
  }
  verstoss(`${nummer}: Timer „Antragsfrist naht“ nicht gefunden`);
}

async function fall(nr, ks) {
  const nummer = `AQB-2025-${ks}`;
  const gk = await benutzerAnlegen(ks);
  const hmsi = 'hmsi.sachbearbeitung';
  const datum = heute();

  // Zielvereinbarung
  await rennen(nummer, 'Task_ErstelleEntwurf', [hmsi, hmsi], gleich({
    budget: s('1.000.000,00'),
    projekteText1: s(`Werkstattjahr ${ks}\nBerufsorientierung ${ks}`), projekteText2: s(`Ausbildungscoaching ${ks}`),
    projekteText3: s(''), projekteText4: s(''),
    paragraph2Jahrestext: s('Im Jahr 2025 fördert das Land die folgenden Projekte.'), buendnisZeitraum: s('2025'),
    unterzeichnerMinisteriumName: s('Heike Hofmann'), unterzeichnerMinisteriumTitel: s('Staatsministerin'),
    unterzeichnerPartnerName: s('Erika Mustermann'), unterzeichnerPartnerTitel: s('Kreisbeigeordnete'),
    entwurfAktion: s('senden'),
  }));
  await rennen(nummer, 'Task_PruefeEntwurf', [gk, gk], gleich({ pruefungErgebnis: s('zustimmen') }));
  await rennen(nummer, 'Task_UnterzeichneMinisterium', ['hmsi.ministerin', 'hmsi.ministerin'],
    gleich({ unterzeichnungMinisteriumOrt: s('Wiesbaden'), unterzeichnungMinisteriumDatum: s(datum) }));
  await rennen(nummer, 'Task_UnterzeichneGebietskoerperschaft', [gk, gk],
    gleich({ unterzeichnungGebietskoerperschaftOrt: s('Kreishaus'), unterzeichnungGebietskoerperschaftDatum: s(datum) }));
  await rennen(nummer, 'Task_BestaetigeEingang', [hmsi, hmsi], gleich({ eingangsdatum: s(datum) }));

  // Antrag: measures from the agreement, the budget split evenly, running until 31.12.2026 (two Haushaltsjahre)
  const erfassen = await warteAufAufgabe(gk, nummer, 'Task_ErfasseAntrag');
  await antragsTimerFaelligStellen(nummer);
  const roh = await rest(gk, 'GET', `/task/${erfassen.id}/variables/massnahmen?deserializeValue=false`);
  // only the keys the body's form sends (MassnahmenJson.FELDER_GEBIETSKOERPERSCHAFT); the others are the agreement's
  const erlaubt = ['id', 'name', 'massnahmenart', 'traeger', 'traegerName', 'beginn', 'ende', 'plaetze', 'kosten', 'foerderung',
    'eigenmittel', 'drittmittel', 'hj1', 'hj2', 'hj3', 'hj4', 'entfaellt', 'aenderungsgrund', 'zweckbindung'];
  const massnahmen = JSON.parse(roh.value).map((m) => Object.fromEntries(Object.entries(m).filter(([k]) => erlaubt.includes(k))));
  const budget = 100_000_000;
  const anteil = Math.floor(budget / massnahmen.length / 100) * 100;
  massnahmen.forEach((m, i) => {
    const cent = i === massnahmen.length - 1 ? budget - anteil * (massnahmen.length - 1) : anteil;
    const haelfte = Math.floor(cent / 200) * 100;
    Object.assign(m, {
      traegerName: 'Bildungswerk der Region gGmbH', beginn: '2025-02-01', ende: '2026-12-31', plaetze: 15 + i,
      kosten: ((cent + 500_000) / 100).toFixed(2), foerderung: (cent / 100).toFixed(2), eigenmittel: '5000', drittmittel: '0',
      hj1: (haelfte / 100).toFixed(2), hj2: ((cent - haelfte) / 100).toFixed(2),
    });
  });
  await rennen(nummer, 'Task_ErfasseAntrag', [gk, gk], gleich({ massnahmen: j(massnahmen) }));
  await rennen(nummer, 'Task_ReicheAntragEin', [gk, gk], gleich({ massnahmen: j(massnahmen), antragBestaetigt: b(true) }));
  // two RP clerks take up the same check at once
  await rennen(nummer, 'Task_PruefeAntrag', ['rp.pruefung', 'rp.pruefung'], gleich({ pruefentscheidung: s('entscheiden') }));
  await rennen(nummer, 'Task_EntwerfeBescheid', ['rp.pruefung', 'rp.pruefung'], gleich({ entscheidungsart: s('voll') }));
  await rennen(nummer, 'Task_GibBescheidFrei', ['rp.freigabe', 'rp.freigabe'], gleich({ freigabeEntscheidung: s('freigeben') }));

  // Durchführung: two Mittelabrufe on the first measure; the RP's decision raced as "auszahlen" against "kürzen"
  for (let abruf = 1; abruf <= 2; abruf++) {
    await rennen(nummer, 'Task_WaehleAnliegen', [gk, gk], gleich({ anliegen: s('mittelabruf') }));
    const stellen = await warteAufAufgabe(gk, nummer, 'Task_StelleMittelabruf');
    const ids = await massnahmenIds(gk, stellen.id);
    const cent = (abruf === 1 ? 2_000_000 : 1_000_000) + nr * 10_000;
    const werte = {
      mittelabrufAktion: s('abrufen'), mittelabrufBetraege: j([{ id: ids[0], betrag: euro(cent) }]),
      mittelabrufBedarfBis: s(inTagen(42)), mittelabrufZweck: s('Honorare und Raummiete der nächsten sechs Wochen'),
      ...(abruf > 1 ? { mittelabrufVerwendungBisher: s('Die bisher ausgezahlten Mittel sind für Honorare verwendet.') } : {}),
    };
    await rennen(nummer, 'Task_StelleMittelabruf', [gk, gk], gleich(werte));
    const gekuerzt = Math.floor(cent / 2 / 100) * 100;
    const sieger = await rennen(nummer, 'Task_PruefeMittelabruf', ['rp.pruefung', 'rp.freigabe'], [
      { mittelabrufEntscheidung: s('auszahlen') },
      { mittelabrufEntscheidung: s('kuerzen'), auszahlungen: j([{ id: ids[0], betrag: euro(gekuerzt) }]),
        mittelabrufBegruendung: s('Der Bedarf ist nur zur Hälfte in den nächsten zwei Monaten fällig.') },
    ]);
    zahlen.mittelabrufe++;
    if (sieger >= 0) {
      erwarteteAbrufe.push({ nummer, abruf, status: sieger === 0 ? 'AUSGEZAHLT' : 'GEKUERZT', cent: sieger === 0 ? cent : gekuerzt });
    }
  }
  console.log(`zwei-knoten: ${nummer} durchgespielt`);
}

async function massnahmenIds(gk, taskId) {
  // the measures as the form shows them (ids M1, M2, …); JSON variables are read unserialised
  const stand = await rest(gk, 'GET', `/task/${taskId}/variables/massnahmenStand?deserializeValue=false`);
  const ids = JSON.parse(stand.value).map((m) => m.id).filter(Boolean);
  if (!ids.length) throw new Error('keine Maßnahmen im Stand der Mittelabruf-Aufgabe');
  return ids;
}

// ------------------------------------------------------------------------------------------------------------------
// checks on the shared database

function sql(abfrage) {
  const aus = execFileSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', DB, '-X', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', abfrage],
    { encoding: 'utf8' });
  return aus.split('\n').filter((z) => z.length > 0).map((z) => z.split('\t'));
}
const eineZahl = (abfrage) => Number(sql(abfrage)[0][0]);

async function warteBisRuhig() {
  // the run is over when no job is due any more (both executors idle) for two seconds
  const ende = Date.now() + 90_000;
  let ruhig = 0;
  while (Date.now() < ende) {
    await konfliktJobsVorziehen();
    const offen = eineZahl('SELECT count(*) FROM act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1 '
      + 'AND (duedate_ IS NULL OR duedate_ <= now())');
    ruhig = offen === 0 ? ruhig + 1 : 0;
    if (ruhig >= 4) return;
    await pause(500);
  }
  verstoss('Die Job-Ausführung kam in 90 s nicht zur Ruhe (fällige Jobs bleiben liegen)');
}

function pruefeDatenbank(nummern) {
  const liste = nummern.map((n) => `'${n}'`).join(',');
  // every process instance of the driven cases (sub-processes carry the case number as business key)
  const instanzen = `(SELECT id_ FROM act_hi_procinst WHERE business_key_ IN (${liste}))`;

  // payments: one row per Mittelabruf, decided once, as the winner decided, per-measure rows add up
  const abrufe = sql(`SELECT foerderfall_nummer, abruf_nummer, status, ausgezahlt_cent FROM aqb_mittelabruf WHERE foerderfall_nummer IN (${liste})`);
  for (const e of erwarteteAbrufe) {
    const zeilen = abrufe.filter((z) => z[0] === e.nummer && Number(z[1]) === e.abruf);
    if (zeilen.length !== 1) verstoss(`${e.nummer} Mittelabruf ${e.abruf}: ${zeilen.length} Zeilen statt 1`);
    else if (zeilen[0][2] !== e.status || Number(zeilen[0][3]) !== e.cent) {
      verstoss(`${e.nummer} Mittelabruf ${e.abruf}: ${zeilen[0][2]} ${zeilen[0][3]} Cent, erwartet ${e.status} ${e.cent} (Gewinner des Rennens)`);
    }
  }
  if (abrufe.length !== erwarteteAbrufe.length) verstoss(`${abrufe.length} Mittelabrufe in aqb_mittelabruf, erwartet ${erwarteteAbrufe.length}`);
  const postenAbweichend = eineZahl(`SELECT count(*) FROM aqb_mittelabruf m WHERE m.foerderfall_nummer IN (${liste}) AND m.ausgezahlt_cent <> `
    + `(SELECT coalesce(sum(p.ausgezahlt_cent), 0) FROM aqb_mittelabruf_posten p WHERE p.foerderfall_nummer = m.foerderfall_nummer `
    + `AND p.abruf_nummer = m.abruf_nummer)`);
  if (postenAbweichend) verstoss(`${postenAbweichend} Mittelabrufe, deren Posten nicht die Auszahlung ergeben`);
  const ueberBewilligt = eineZahl(`SELECT count(*) FROM (SELECT foerderfall_nummer, sum(ausgezahlt_cent) AS a FROM aqb_mittelabruf `
    + `WHERE foerderfall_nummer IN (${liste}) GROUP BY foerderfall_nummer) m WHERE m.a > (SELECT coalesce(sum(betrag_cent), 0) `
    + `FROM aqb_bewilligung_buchung b WHERE b.foerderfall_nummer = m.foerderfall_nummer)`);
  if (ueberBewilligt) verstoss(`${ueberBewilligt} Fälle mit mehr ausgezahlt als bewilligt`);
  const bescheide = eineZahl(`SELECT count(*) FROM aqb_bescheid WHERE foerderfall_nummer IN (${liste})`);
  if (bescheide !== nummern.length) verstoss(`${bescheide} Bescheide für ${nummern.length} Fälle`);
  const buchungenDoppelt = eineZahl(`SELECT count(*) FROM (SELECT 1 FROM aqb_bewilligung_buchung WHERE foerderfall_nummer IN (${liste}) `
    + `GROUP BY foerderfall_nummer, massnahme_id, haushaltsjahr, bescheid_aktenzeichen HAVING count(*) > 1) d`);
  if (buchungenDoppelt) verstoss(`${buchungenDoppelt} Bewilligungen doppelt gebucht`);
  const bezahlt = eineZahl(`SELECT count(*) FROM aqb_mittelabruf WHERE foerderfall_nummer IN (${liste}) AND ausgezahlt_cent > 0`);
  const summe = eineZahl(`SELECT coalesce(sum(ausgezahlt_cent), 0) FROM aqb_mittelabruf WHERE foerderfall_nummer IN (${liste})`);
  const erwartetSumme = erwarteteAbrufe.reduce((a, e) => a + e.cent, 0);
  if (summe !== erwartetSumme) verstoss(`ausgezahlt ${summe} Cent, erwartet ${erwartetSumme} Cent`);

  // jobs: none failed, none left due, none executed twice (one success log per job), both nodes executed jobs
  const fehlgeschlagen = sql('SELECT id_, retries_, left(exception_msg_, 200) FROM act_ru_job WHERE retries_ <= 0 OR (exception_msg_ IS NOT NULL AND duedate_ <= now())');
  for (const [id, r, m] of fehlgeschlagen) verstoss(`Job ${id} fehlgeschlagen (Wiederholungen ${r}): ${m}`);
  for (const id of vorgezogen) {
    const erfolge = eineZahl(`SELECT count(*) FROM act_hi_job_log WHERE job_id_ = '${id}' AND job_state_ = 2`);
    if (erfolge !== 1) verstoss(`Job ${id} nach Konflikt ${erfolge}-mal statt einmal ausgeführt`);
  }
  const fehlerLogs = eineZahl(`SELECT count(*) FROM act_hi_job_log WHERE job_exception_msg_ IS NOT NULL AND process_instance_id_ IN ${instanzen}`);
  const andereFehler = sql(`SELECT job_id_, left(job_exception_msg_, 200) FROM act_hi_job_log WHERE job_exception_msg_ IS NOT NULL `
    + `AND NOT ${KONFLIKT('job_exception_msg_', 'job_exception_stack_id_')} AND process_instance_id_ IN ${instanzen}`);
  for (const [id, m] of andereFehler) verstoss(`Job ${id} scheiterte nicht an einem Konflikt: ${m}`);
  const doppeltGesamt = eineZahl('SELECT count(*) FROM (SELECT job_id_ FROM act_hi_job_log WHERE job_state_ = 2 GROUP BY job_id_ HAVING count(*) > 1) d');
  if (doppeltGesamt) verstoss(`${doppeltGesamt} Jobs der ganzen Datenbank mehr als einmal erfolgreich ausgeführt`);
  const jobs = sql(`SELECT job_id_, job_def_type_, coalesce(act_id_, ''), sum(CASE WHEN job_state_ = 2 THEN 1 ELSE 0 END), `
    + `sum(CASE WHEN job_state_ = 0 THEN 1 ELSE 0 END), max(CASE WHEN job_state_ = 2 THEN hostname_ END) `
    + `FROM act_hi_job_log WHERE process_instance_id_ IN ${instanzen} GROUP BY job_id_, job_def_type_, act_id_`);
  let ausgefuehrt = 0;
  const jeKnoten = {};
  for (const [id, typ, akt, erfolge, angelegt, host] of jobs) {
    if (Number(erfolge) > 1) verstoss(`Job ${id} (${typ} ${akt}) ${erfolge}-mal ausgeführt`);
    if (Number(erfolge) === 1) {
      ausgefuehrt++;
      jeKnoten[host] = (jeKnoten[host] || 0) + 1;
    }
    if (Number(angelegt) > 0 && Number(erfolge) === 0) {
      const nochDa = eineZahl(`SELECT count(*) FROM act_ru_job WHERE id_ = '${id}'`);
      const faellig = nochDa && eineZahl(`SELECT count(*) FROM act_ru_job WHERE id_ = '${id}' AND (duedate_ IS NULL OR duedate_ <= now())`);
      const geloescht = eineZahl(`SELECT count(*) FROM act_hi_job_log WHERE job_id_ = '${id}' AND job_state_ = 3`);
      if ((!nochDa && !geloescht) || faellig) verstoss(`Job ${id} (${typ} ${akt}) angelegt, aber nie ausgeführt`);
    }
  }
  if (Object.keys(jeKnoten).length < 2) verstoss(`Jobs nur auf ${Object.keys(jeKnoten).join(', ') || 'keinem Knoten'} ausgeführt`);

  // timers: every timer job of the run executed once, each timer event of an instance once
  const timer = jobs.filter(([, typ, , erfolge]) => typ.startsWith('timer') && Number(erfolge) === 1);
  const timerDoppelt = eineZahl(`SELECT count(*) FROM (SELECT proc_inst_id_, act_id_, execution_id_ FROM act_hi_actinst `
    + `WHERE act_type_ LIKE '%Timer%' AND proc_inst_id_ IN ${instanzen} GROUP BY proc_inst_id_, act_id_, execution_id_ HAVING count(*) > 1) d`);
  if (timerDoppelt) verstoss(`${timerDoppelt} Timer-Ereignisse mehrfach ausgelöst`);
  const timerAntrag = timer.filter(([, , akt]) => akt === 'BoundaryEvent_AntragsfristNaht').length;
  if (timerAntrag !== zahlen.timerGestellt) verstoss(`${timerAntrag} von ${zahlen.timerGestellt} fällig gestellten Antrags-Timern ausgelöst`);

  // mails: none twice (same case, template, recipients, subject and text)
  const mailsDoppelt = sql(`SELECT foerderfall_nummer, vorlage, count(*) FROM aqb_mail_protokoll WHERE foerderfall_nummer IN (${liste}) `
    + `GROUP BY foerderfall_nummer, vorlage, empfaenger, betreff, text HAVING count(*) > 1`);
  for (const [n, v, c] of mailsDoppelt) verstoss(`Mail ${v} zu ${n} ${c}-mal versandt`);
  const mailsFaelle = eineZahl(`SELECT count(*) FROM aqb_mail_protokoll WHERE foerderfall_nummer IN (${liste})`);

  return { bezahlt, summe, ausgefuehrt, jeKnoten, timer: timer.length, timerAntrag, fehlerLogs, mailsFaelle, bescheide };
}

// ------------------------------------------------------------------------------------------------------------------

async function main() {
  const start = Date.now();
  const offen = await rest('hmsi.sachbearbeitung', 'GET', '/task?taskDefinitionKey=Task_ErstelleEntwurf&sortBy=created&sortOrder=asc');
  const faelle = [];
  for (const t of offen) {
    const ks = (t.tenantId || '').replace('kommune-', '');
    const [inst] = await rest('hmsi.sachbearbeitung', 'GET', `/process-instance/${t.processInstanceId}`).then((x) => [x]);
    if (inst && inst.businessKey === `AQB-2025-${ks}` && !faelle.includes(ks)) faelle.push(ks);
  }
  if (faelle.length < FAELLE) throw new Error(`nur ${faelle.length} Fälle 2025 mit offenem Entwurf (Demo-Daten?), ${FAELLE} gebraucht`);
  const auswahl = faelle.slice(0, FAELLE);
  console.log(`zwei-knoten: ${auswahl.length} Fälle über ${KNOTEN.join(' und ')}: ${auswahl.map((ks) => `AQB-2025-${ks}`).join(', ')}`);

  const beobachter = konfliktJobsBeobachten();
  const warteschlange = auswahl.map((ks, i) => [i, ks]);
  const fehler = [];
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    for (let eintrag = warteschlange.shift(); eintrag; eintrag = warteschlange.shift()) {
      try {
        await fall(eintrag[0], eintrag[1]);
      } catch (e) {
        fehler.push(e);
        verstoss(`AQB-2025-${eintrag[1]}: ${e.message}`);
      }
    }
  }));
  await warteBisRuhig();
  laeuft = false;
  await beobachter;
  const f = pruefeDatenbank(auswahl.map((ks) => `AQB-2025-${ks}`));

  const verlierer = Object.entries(zahlen.verliererStatus).map(([st, n]) => `${n}× ${st}`).join(', ');
  console.log(`
=== Zwei Knoten, eine Datenbank / two nodes, one database (${((Date.now() - start) / 1000).toFixed(0)} s) ===
Fälle / cases:                                 ${auswahl.length}
Rennen um dieselbe Aufgabe / races:            ${zahlen.rennen}, je genau ein Gewinner / one winner each: ${verstoesse.some((v) => v.includes('Gewinner')) ? 'NEIN' : 'ja'}
  gewonnen über Knoten 1 / 2 / won on node 1/2: ${zahlen.gewinnerKnoten[0]} / ${zahlen.gewinnerKnoten[1]}
  beide abgewiesen (Job dazwischen), wiederholt: ${zahlen.beideAbgewiesen}
  Abweisungen (deutsche 4xx) / refusals:       ${verlierer || '–'}
Mittelabrufe entschieden / decided:            ${zahlen.mittelabrufe} (Rennen „auszahlen“ gegen „kürzen“: ${erwarteteAbrufe.filter((e) => e.status === 'AUSGEZAHLT').length} ausgezahlt, ${erwarteteAbrufe.filter((e) => e.status === 'GEKUERZT').length} gekürzt)
  bezahlt / paid:                              ${f.bezahlt}, je einmal wie vom Gewinner entschieden / once each, as the winner decided; ${euro(f.summe)} €
Bescheide / grants:                            ${f.bescheide}
Jobs ausgeführt / executed:                    ${f.ausgefuehrt} (${Object.entries(f.jeKnoten).map(([k, n]) => `${k}: ${n}`).join(', ')}), doppelt / twice: 0 erwartet
Fehlversuche von Jobs / failed job attempts:   ${f.fehlerLogs} (alle Konflikte oder Deadlocks, danach je einmal ausgeführt / all conflicts, then run once: ${vorgezogen.size})
Timer ausgelöst / timers fired:                ${f.timer} (davon ${f.timerAntrag} per duedate fällig gestellt), je einmal / once each
Mails zu den Fällen / mails of the cases:      ${f.mailsFaelle}, doppelt / duplicated: ${verstoesse.filter((v) => v.startsWith('Mail')).length}
Verstöße / violations:                         ${verstoesse.length}`);
  if (verstoesse.length) {
    console.log(verstoesse.map((v) => `  - ${v}`).join('\n'));
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(`zwei-knoten: abgebrochen: ${e.stack || e}`);
  process.exit(2);
});

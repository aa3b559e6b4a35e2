#!/usr/bin/env python3
"""Writes the read-only Camunda Forms of the Antrag stage (forms/form-antrag-pruefen.form, form-bescheid-freigabe.form)
and keeps the provider options of the embedded list forms (forms/embedded/antrag.html, between TRAEGER-ANFANG/-ENDE)
equal to src/main/resources/referenz/traeger.csv. The forms with editable lists (Antrag, Maßnahmendetails, Bescheid
draft) are embedded HTML forms (ADR 5): form-js 1.13 in Tasklist 7.24 blocks "Abschließen" once a field of a dynamic
list was touched. The files are the source of truth afterwards; this script only saved typing."""
import csv, json
EXP = {"name": "Camunda Modeler", "version": "5.31.0"}
MA = [("1", "1. Ausbildungsvorbereitung"), ("2", "2. Ausbildung und Ausbildungscoaching in anerkannten Ausbildungsberufen"),
      ("3", "3. Qualifizierungsprojekte zur Arbeitsmarktintegration, Fachkräftesicherung"),
      ("4", "4. Weiterbildungsmaßnahmen für Personal der Landkreise und kreisfreien Städte")]
traeger = [r for r in csv.reader((l for l in open('src/main/resources/referenz/traeger.csv', encoding='utf-8') if not l.startswith('#')), delimiter=';')]
kopf, zeilen = traeger[0], traeger[1:]
TRAEGER = [{"label": "– ohne eigenen Zugang (Name unten eintragen) –", "value": ""}] + \
          [{"label": z[kopf.index('name')], "value": z[kopf.index('id')]} for z in zeilen]
ZWECK = [{"label": "– keine –", "value": ""}, {"label": "Teilzeitausbildung", "value": "TEILZEIT"},
         {"label": "Integration von Menschen mit Migrationshintergrund", "value": "MIGRATION"},
         {"label": "Digitales Lernen", "value": "DIGITAL"}]
n = [0]


def form(id, comps):
    return {"components": comps, "type": "default", "id": id, "executionPlatform": "Camunda Platform",
            "executionPlatformVersion": "7.24.0", "exporter": EXP, "schemaVersion": 16}


def c(d, row=None, cols=None):
    n[0] += 1
    d.setdefault("id", "Field_%s_%d" % (d.get("key", d["type"]), n[0]))
    d["layout"] = {"row": row or "Row_%d" % n[0], "columns": cols}
    return d


def text(t, hide=None, row=None):
    d = c({"type": "text", "text": t}, row)
    if hide:
        d["conditional"] = {"hide": hide}
    return d


def tf(key, label, desc=None, row=None, cols=None, **kw):
    d = c({"type": "textfield", "key": key, "label": label}, row, cols)
    if desc: d["description"] = desc
    d.update(kw)
    return d


def ta(key, label, desc=None, **kw):
    d = c({"type": "textarea", "key": key, "label": label})
    if desc: d["description"] = desc
    d.update(kw)
    return d


def datum(key, label, row=None, cols=None, **kw):
    d = c({"type": "datetime", "subtype": "date", "key": key, "dateLabel": label}, row, cols)
    d.update(kw)
    return d


def sel(key, label, values, row=None, cols=None, **kw):
    d = c({"type": "select", "key": key, "label": label, "values": values}, row, cols)
    d.update(kw)
    return d


def radio(key, label, values, **kw):
    d = c({"type": "radio", "key": key, "label": label, "values": values})
    d.update(kw)
    return d


def tabelle(label, source, cols, hide=None, rows=20):
    d = c({"type": "table", "label": label, "dataSource": "=" + source, "rowCount": rows,
           "columns": [{"label": l, "key": k} for k, l in cols]})
    d["conditional"] = {"hide": hide or "=%s = null" % source}
    return d


KOPF = "## Antrag AQB {{jahr}} – {{gebietskoerperschaftName}}\nFörderfall {{foerderfallNummer}} · Budget laut Zielvereinbarung: **{{budgetAnzeige}}**"


MASSNAHMEN_SPALTEN = [("id", "Nr."), ("name", "Maßnahme"), ("massnahmenart", "Art"), ("traegerName", "Träger"), ("beginn", "Beginn"),
                      ("ende", "Ende"), ("plaetze", "Plätze"), ("kosten", "Kosten €"), ("foerderung", "AQB €"), ("entfaellt", "entfällt")]
PRUEF = tabelle("Regelprüfung (Antragsprüfung, DMN)", "pruefergebnis", [("nummer", "Nr."), ("pruefpunkt", "Prüfpunkt"), ("ergebnis", "Ergebnis"), ("hinweis", "Hinweis")])
pruefen = form("form-antrag-pruefen", [
    text(KOPF + " · Antrag vom {{antragDatum}} · Summe: **{{antragSummeAnzeige}}**"),
    PRUEF,
    tabelle("Maßnahmen", "massnahmen", MASSNAHMEN_SPALTEN, rows=30),
    tabelle("Bisherige Nachforderungen", "nachforderungen", [("runde", "Runde"), ("text", "Nachforderung"), ("frist", "Frist"), ("antwort", "Antwort")]),
    radio("pruefentscheidung", "Weiteres Vorgehen *", [{"label": "Unterlagen oder Korrekturen nachfordern", "value": "nachfordern"},
                                                       {"label": "Über den Antrag entscheiden (Bescheid entwerfen)", "value": "entscheiden"}]),
    ta("nachforderungText", "Was wird nachgefordert? *", conditional={"hide": '=pruefentscheidung != "nachfordern"'}),
    datum("nachforderungFrist", "Frist für die Antwort *", conditional={"hide": '=pruefentscheidung != "nachfordern"'}),
])
freigabe = form("form-bescheid-freigabe", [
    text(KOPF),
    text("### Bescheidentwurf zur Freigabe\nEntscheidung: **{{bescheidArt}}** · Bewilligt: **{{bescheidSummeAnzeige}}** · Aktenzeichen {{aktenzeichen}} · entworfen von {{bescheidVerfasser}}\n\n[Bescheidentwurf als PDF öffnen]({{bescheidLink}})"),
    tabelle("Bewilligung je Maßnahme", "bewilligungen", [("name", "Maßnahme"), ("beantragt", "Beantragt"), ("bewilligt", "Bewilligt (Euro)")]),
    text("Vier-Augen-Prinzip: Die Person, die den Bescheid entworfen hat, kann ihn nicht freigeben."),
    radio("freigabeEntscheidung", "Freigabe *", [{"label": "Bescheid freigeben und erlassen", "value": "freigeben"},
                                                 {"label": "Zur Überarbeitung zurückgeben", "value": "zurueck"}]),
    ta("freigabeBemerkung", "Was ist zu ändern? *", conditional={"hide": '=freigabeEntscheidung != "zurueck"'}),
])
for f in (pruefen, freigabe):
    json.dump(f, open('forms/%s.form' % f['id'], 'w', encoding='utf-8'), ensure_ascii=False, indent=2)

# provider options of the embedded Antrag form
optionen = ',\n'.join("      { wert: %s, text: %s }" % (json.dumps(t['value']), json.dumps(t['label'], ensure_ascii=False).replace('"', "'"))
                        for t in TRAEGER)
pfad = 'forms/embedded/antrag.html'
html = open(pfad, encoding='utf-8').read()
anfang, ende = html.index('/* TRAEGER-ANFANG */'), html.index('/* TRAEGER-ENDE */')
html = html[:anfang] + '/* TRAEGER-ANFANG */\n    $scope.TRAEGER = [\n' + optionen.replace('"', "'") + '\n    ];\n    ' + html[ende:]
open(pfad, 'w', encoding='utf-8').write(html)
print('ok')

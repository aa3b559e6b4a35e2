#!/usr/bin/env python3
"""Writes the Camunda Forms of the Antrag stage (forms/form-antrag*.form, form-massnahmendetails, form-bescheid-*).
The .form files are the source of truth afterwards (editable in Camunda Modeler); this script only saved typing.
The provider options come from src/main/resources/referenz/traeger.csv (a test checks they stay equal)."""
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


def massnahme_felder(fuer_traeger=False):
    ro = {"readonly": True} if fuer_traeger else {}
    felder = [
        tf("id", "Nr.", row="R_a", cols=2, readonly=True),
        tf("name", "Maßnahme *", row="R_a", cols=7, **ro),
        sel("massnahmenart", "Maßnahmenart *", [{"label": l, "value": v} for v, l in MA], row="R_a", cols=7, **({"readonly": True} if fuer_traeger else {})),
    ]
    if not fuer_traeger:
        felder += [sel("traeger", "Träger mit eigenem Zugang", TRAEGER, row="R_b", cols=8),
                   tf("traegerName", "Träger (Name) *", "bei Trägern mit eigenem Zugang automatisch", row="R_b", cols=8)]
    felder += [
        datum("beginn", "Beginn *", row="R_c", cols=5), datum("ende", "Ende *", row="R_c", cols=5),
        c({"type": "number", "key": "plaetze", "label": "Geplante Plätze/Teilnehmende *", "decimalDigits": 0}, "R_c", 6),
        tf("kosten", "Gesamtkosten (Euro) *", row="R_d", cols=4), tf("foerderung", "Beantragte AQB-Mittel (Euro) *", row="R_d", cols=4),
        tf("eigenmittel", "Eigenmittel (Euro) *", row="R_d", cols=4), tf("drittmittel", "Drittmittel (Euro) *", row="R_d", cols=4),
        text("Detailplanung: AQB-Mittel je Haushaltsjahr (1. = Programmjahr {{jahr}}); die Summe muss den beantragten AQB-Mitteln entsprechen.", row="R_e0"),
        tf("hj1", "1. Haushaltsjahr", row="R_e", cols=4), tf("hj2", "2. Haushaltsjahr", row="R_e", cols=4),
        tf("hj3", "3. Haushaltsjahr", row="R_e", cols=4), tf("hj4", "4. Haushaltsjahr", row="R_e", cols=4),
    ]
    if not fuer_traeger:
        felder += [sel("zweckbindung", "Zweckgebundene Mittel", ZWECK, row="R_f", cols=8),
                   c({"type": "checkbox", "key": "entfaellt", "label": "Maßnahme entfällt gegenüber der Zielvereinbarung"}, "R_f", 8),
                   ta("aenderungsgrund", "Begründung für neue oder entfallende Maßnahme")]
    return felder


antrag = form("form-antrag", [
    text(KOPF + " · Antragsfrist: **{{antragsfristAnzeige}}**"),
    text("### Nachforderung des Regierungspräsidiums Kassel\n{{nachforderungText}}\n\nBitte bis **{{nachforderungFrist}}** beantworten und den Antrag bei Bedarf korrigieren.",
         hide='=antragSchritt != "nachforderung"'),
    ta("nachforderungAntwort", "Ihre Antwort an das Regierungspräsidium *", conditional={"hide": '=antragSchritt != "nachforderung"'}),
    text("### Maßnahmendetails\nJe Projekt der Zielvereinbarung eine Maßnahme. Beträge in Euro (z. B. 120000 oder 120.000,50). Neue Maßnahmen können hinzugefügt, entfallende markiert werden – jeweils mit Begründung. Träger mit eigenem Zugang ergänzen ihre Angaben selbst."),
    c({"type": "dynamiclist", "label": "Maßnahmen", "path": "massnahmen", "isRepeating": True, "allowAddRemove": True,
       "defaultRepetitions": 0, "nonCollapsedItems": 30, "components": massnahme_felder()}),
    text("**Summe der beantragten AQB-Mittel:** {{antragSummeAnzeige}}", hide="=antragSummeAnzeige = null"),
    c({"type": "checkbox", "key": "antragBestaetigt", "label": "Ich bestätige, dass die Angaben vollständig und richtig sind, und reiche den Antrag beim Regierungspräsidium Kassel ein. *",
       "conditional": {"hide": '=antragSchritt != "einreichen"'}}),
])
details = form("form-massnahmendetails", [
    text("## Maßnahmendetails für den Antrag AQB {{jahr}} – {{gebietskoerperschaftName}}\nFörderfall {{foerderfallNummer}}. Bitte ergänzen Sie Zeitraum, Plätze, Kosten, Finanzierung und Detailplanung Ihrer Maßnahmen; die Gebietskörperschaft prüft und reicht den Antrag ein."),
    c({"type": "dynamiclist", "label": "Ihre Maßnahmen", "path": "traegerMassnahmen", "isRepeating": True, "allowAddRemove": False,
       "defaultRepetitions": 0, "nonCollapsedItems": 30, "components": massnahme_felder(True)}),
])
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
entwurf = form("form-bescheid-entwurf", [
    text(KOPF + " · Beantragt: **{{antragSummeAnzeige}}**"),
    text("### Zurückgegeben zur Überarbeitung\n{{freigabeBemerkung}}", hide="=freigabeBemerkung = null"),
    PRUEF,
    radio("entscheidungsart", "Entscheidung *", [{"label": "Vollbewilligung", "value": "voll"}, {"label": "Teilbewilligung (Kürzung einzelner Maßnahmen)", "value": "teil"},
                                                 {"label": "Ablehnung", "value": "ablehnung"}]),
    c({"type": "dynamiclist", "label": "Bewilligung je Maßnahme (Euro)", "path": "bewilligungen", "isRepeating": True, "allowAddRemove": False,
       "defaultRepetitions": 0, "nonCollapsedItems": 30, "conditional": {"hide": '=entscheidungsart = "ablehnung"'},
       "components": [tf("name", "Maßnahme", row="B_a", cols=8, readonly=True), tf("beantragt", "Beantragt", row="B_a", cols=4, readonly=True),
                      tf("bewilligt", "Bewilligt *", row="B_a", cols=4),
                      tf("hj1", "1. Haushaltsjahr", row="B_b", cols=4), tf("hj2", "2. Haushaltsjahr", row="B_b", cols=4),
                      tf("hj3", "3. Haushaltsjahr", row="B_b", cols=4), tf("hj4", "4. Haushaltsjahr", row="B_b", cols=4)]}),
    ta("begruendung", "Begründung (eine Zeile je Grund) *", conditional={"hide": '=entscheidungsart = "voll"'}),
    tf("aktenzeichen", "Aktenzeichen *", row="Row_az", cols=8),
    datum("bewilligungVon", "Bewilligungszeitraum von *", row="Row_bz", cols=8), datum("bewilligungBis", "Bewilligungszeitraum bis *", row="Row_bz", cols=8),
    datum("verwendungsnachweisFrist", "Verwendungsnachweis vorzulegen bis *"),
    tf("zwischennachweisFrist", "Zwischennachweise", "nur bei mehrjähriger Bewilligung"),
    ta("mittelabrufRegel", "Regel für den Mittelabruf *"),
    tf("nebenbestimmungen", "Nebenbestimmungen *"),
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
for f in (antrag, details, pruefen, entwurf, freigabe):
    json.dump(f, open('forms/%s.form' % f['id'], 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('ok')

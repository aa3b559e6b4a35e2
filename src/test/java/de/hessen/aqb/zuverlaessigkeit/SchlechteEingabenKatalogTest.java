package de.hessen.aqb.zuverlaessigkeit;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.*;
import static de.hessen.aqb.durchfuehrung.camunda.MittelabrufVariablen.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.hessen.aqb.durchfuehrung.DurchfuehrungTreiber;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.nachweis.NachweisTreiber;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import de.hessen.aqb.testsupport.Fallzustand;
import de.hessen.aqb.testsupport.Rest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The bad-input catalogue (issue 14): one table of bad inputs a party can send through the REST API — amounts out of
 * range or malformed, texts too long, dates that are none, lists too long or of the wrong shape, value types no form
 * sends, broken JSON, files of the wrong kind (by their bytes), too large, with unsafe names or formulas, and the
 * business rules of each stage (more money than available, Vier-Augen, another body's task). Each case must be answered
 * with HTTP 4xx and one clean German sentence (no engine text, SQL, class or constraint name), and must change nothing:
 * the application's tables, the case's variables and tasks and the mails sent are the same before and after.
 * The figures go to docs/RELIABILITY.md.
 */
@AqbSpringBootTest
class SchlechteEingabenKatalogTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ProcessEngine engine;
  @Autowired Fallregister register;
  @Autowired Foerderbudget budget;
  @Autowired Mittelabrufe mittelabrufe;
  @Autowired DataSource datenbank;
  @Autowired TestRestTemplate rest;

  /** One bad input: what it is, how it is sent (a call returning the answer). */
  record Fall(String was, Function<Rest, Rest.Antwort> aufruf) {}

  static final String BELEGE = "15.03.2025;Träger 1;Honorare;20.000,00;M1\n30.06.2025;Träger 2;Lehrgang;20.000,00;M2\n";

  @Test
  void jedeSchlechteEingabeIstEinDeutscher4xxUndAendertNichts() {
    SoftAssertions soft = new SoftAssertions();
    int[] zaehler = new int[2]; // cases, 500s

    // Durchführung: the body files a Mittelabruf, the RP decides another one
    var darmstadt = DurchfuehrungTreiber.neuerFall(engine, register, "06411");
    darmstadt.starte(budget, LocalDate.now().plusMonths(6), 50_000);
    var frankfurt = DurchfuehrungTreiber.neuerFall(engine, register, "06412");
    frankfurt.starte(budget, LocalDate.now().plusMonths(6), 80_000);
    String abruf = darmstadt.neuerMittelabruf();
    String stellen = darmstadt.aufgabe(abruf, "Task_StelleMittelabruf").getId();
    String fremdeAufgabe = frankfurt.aufgabe("Task_WaehleAnliegen").getId();

    List<Fall> koerperschaft = new ArrayList<>();
    for (String betrag : List.of("1e20", "100000000000000000000", "99999999999999999999999999,99", "1.000.000.000,00", "-5",
        "abc", "NaN", "Infinity", "1,2,3", "12€34", "60.000,00", "0x10", "1e-400", "5;DROP TABLE mittelabruf")) {
      koerperschaft.add(abruf(stellen, "Betrag „" + kurz(betrag) + "“", Map.of(MITTELABRUF_BETRAEGE.name(),
          DurchfuehrungTreiber.liste(Map.of("M1", betrag)))));
    }
    koerperschaft.add(abruf(stellen, "Betrag als JSON-Zahl 1e20", Map.of(MITTELABRUF_BETRAEGE.name(),
        Map.of("value", "[{\"id\":\"M1\",\"betrag\":1e20}]", "type", "Json"))));
    koerperschaft.add(abruf(stellen, "unbekannte Maßnahme", Map.of(MITTELABRUF_BETRAEGE.name(), DurchfuehrungTreiber.liste(Map.of("M9", "5")))));
    koerperschaft.add(abruf(stellen, "Liste kein JSON", Map.of(MITTELABRUF_BETRAEGE.name(), Map.of("value", "[{\"id\":", "type", "Json"))));
    koerperschaft.add(abruf(stellen, "Liste ist ein Objekt", Map.of(MITTELABRUF_BETRAEGE.name(), Map.of("value", "{\"id\":\"M1\"}", "type", "Json"))));
    koerperschaft.add(abruf(stellen, "Listeneintrag kein Objekt", Map.of(MITTELABRUF_BETRAEGE.name(), Map.of("value", "[1,2]", "type", "Json"))));
    koerperschaft.add(abruf(stellen, "Liste mit 10.000 Einträgen", Map.of(MITTELABRUF_BETRAEGE.name(),
        Map.of("value", "[" + "{\"id\":\"M1\",\"betrag\":\"1\"},".repeat(9_999) + "{\"id\":\"M1\",\"betrag\":\"1\"}]", "type", "Json"))));
    koerperschaft.add(abruf(stellen, "Liste mit fremdem Schlüssel", Map.of(MITTELABRUF_BETRAEGE.name(),
        Map.of("value", "[{\"id\":\"M1\",\"betrag\":\"1\",\"ausgezahltCent\":0}]", "type", "Json"))));
    koerperschaft.add(abruf(stellen, "Liste als Java-Serialisierung", Map.of(MITTELABRUF_BETRAEGE.name(), Map.of("value", "rO0ABXQAAXg=",
        "type", "Object", "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat",
            "application/x-java-serialized-object")))));
    koerperschaft.add(abruf(stellen, "Liste als Bytes", Map.of(MITTELABRUF_BETRAEGE.name(), Map.of("value", "AAAA", "type", "Bytes"))));
    koerperschaft.add(abruf(stellen, "Liste als XML", Map.of(MITTELABRUF_BETRAEGE.name(), Map.of("value", "<a/>", "type", "Xml"))));
    koerperschaft.add(abruf(stellen, "Zweck mit 2.001 Zeichen", Map.of(MITTELABRUF_ZWECK.name(), "x".repeat(2001))));
    koerperschaft.add(abruf(stellen, "Zweck mit 100.000 Zeichen", Map.of(MITTELABRUF_ZWECK.name(), "x".repeat(100_000))));
    koerperschaft.add(abruf(stellen, "Zweck leer", Map.of(MITTELABRUF_ZWECK.name(), "")));
    koerperschaft.add(abruf(stellen, "Zweck als Zahl", Map.of(MITTELABRUF_ZWECK.name(), 42)));
    koerperschaft.add(abruf(stellen, "bisherige Verwendung 2.001 Zeichen", Map.of(MITTELABRUF_VERWENDUNG_BISHER.name(), "y".repeat(2001))));
    koerperschaft.add(abruf(stellen, "Bedarfsdatum kein Datum", Map.of(MITTELABRUF_BEDARF_BIS.name(), "morgen")));
    koerperschaft.add(abruf(stellen, "Bedarfsdatum 2026-13-45", Map.of(MITTELABRUF_BEDARF_BIS.name(), "2026-13-45")));
    koerperschaft.add(abruf(stellen, "Bedarfsdatum in zwei Jahren", Map.of(MITTELABRUF_BEDARF_BIS.name(), LocalDate.now().plusYears(2).toString())));
    koerperschaft.add(abruf(stellen, "Bedarfsdatum als Zahl", Map.of(MITTELABRUF_BEDARF_BIS.name(), 20260101)));
    koerperschaft.add(abruf(stellen, "Aktion nicht angeboten", Map.of(MITTELABRUF_AKTION.name(), "alles")));
    koerperschaft.add(abruf(stellen, "Aktion als Liste", Map.of(MITTELABRUF_AKTION.name(), List.of("abrufen"))));
    koerperschaft.add(new Fall("Variable als bloßer Text statt Objekt", r -> r.post("/task/" + stellen + "/submit-form",
        "{\"variables\":{\"" + MITTELABRUF_ZWECK.name() + "\":\"Honorare\"}}")));
    koerperschaft.add(new Fall("kaputtes JSON", r -> r.post("/task/" + stellen + "/submit-form", "{\"variables\": {")));
    koerperschaft.add(new Fall("JSON-Liste statt Objekt", r -> r.post("/task/" + stellen + "/submit-form", "[1,2,3]")));
    koerperschaft.add(new Fall("„variables“ als Liste", r -> r.post("/task/" + stellen + "/submit-form", "{\"variables\":[1]}")));
    koerperschaft.add(new Fall("unbekannte Angabe neben „variables“", r -> r.post("/task/" + stellen + "/submit-form",
        "{\"variables\":{},\"withVariablesInReturn\":true,\"startInstructions\":[{}]}")));
    koerperschaft.add(new Fall("eigene Fallnummer (Business Key)", r -> r.post("/task/" + stellen + "/complete",
        "{\"variables\":{},\"businessKey\":\"AQB-2099-00000\"}")));
    koerperschaft.add(abruf(stellen, "Ledger-Variable", Map.of("mittelabrufCent", 5_000_000L)));
    koerperschaft.add(abruf(stellen, "Maßnahmen-Id mit 100.000 Zeichen", Map.of(MITTELABRUF_BETRAEGE.name(),
        DurchfuehrungTreiber.liste(Map.of("M".repeat(100_000), "5")))));
    koerperschaft.add(new Fall("Aufgabe einer anderen Gebietskörperschaft abschließen", r -> r.schliesseAb(fremdeAufgabe,
        Map.of(ANLIEGEN.name(), "mittelabruf"))));
    koerperschaft.add(new Fall("Aufgabe einer anderen Gebietskörperschaft beanspruchen", r -> r.post("/task/" + fremdeAufgabe + "/claim",
        Map.of("userId", darmstadt.gkSachbearbeitung))));
    koerperschaft.add(new Fall("unbekannte Aufgabe abschließen", r -> r.schliesseAb("gibt-es-nicht", Map.of(ANLIEGEN.name(), "mittelabruf"))));

    for (String kanal : List.of("engine-rest", "tasklist")) {
      Rest aufrufer = "engine-rest".equals(kanal) ? Rest.basic(rest, darmstadt.gkSachbearbeitung)
          : Rest.tasklist(rest, darmstadt.gkSachbearbeitung);
      for (Fall fall : koerperschaft) {
        pruefe(soft, zaehler, "Mittelabruf stellen (" + kanal + "): " + fall.was(), darmstadt.foerderfallNummer, aufrufer, fall);
      }
    }

    // the RP decides a filed request
    String entscheiden = darmstadt.rufeAb("1.000,00", 10, "Honorare");
    String pruefen = darmstadt.aufgabe(entscheiden, "Task_PruefeMittelabruf").getId();
    List<Fall> rp = new ArrayList<>();
    for (String betrag : List.of("1e20", "2.000,00", "-1", "abc", "999999999999999999999")) {
      rp.add(entscheidung(pruefen, "Kürzung auf „" + betrag + "“", "kuerzen", DurchfuehrungTreiber.liste(Map.of("M1", betrag)), "gekürzt"));
    }
    rp.add(entscheidung(pruefen, "Entscheidung nicht angeboten", "verdoppeln", null, "x"));
    rp.add(entscheidung(pruefen, "Kürzung ohne Beträge", "kuerzen", null, "gekürzt"));
    rp.add(entscheidung(pruefen, "Begründung 2.001 Zeichen", "ablehnen", null, "z".repeat(2001)));
    rp.add(entscheidung(pruefen, "Kürzung einer nicht beantragten Maßnahme", "kuerzen", DurchfuehrungTreiber.liste(Map.of("M7", "1")), "x"));
    Rest rpRest = Rest.basic(rest, DurchfuehrungTreiber.RP);
    for (Fall fall : rp) {
      pruefe(soft, zaehler, "Mittelabruf prüfen (engine-rest): " + fall.was(), darmstadt.foerderfallNummer, rpRest, fall);
    }

    // Nachweis: the Verwendungsnachweis with its Belegliste
    var nachweis = new NachweisTreiber(engine, "06414").mitBescheidUndAuszahlung(register, budget, mittelabrufe, 40_000_00L);
    nachweis.starte();
    String vn = nachweis.aufgabe("Task_ErstelleVerwendungsnachweis").getId();
    Map<String, Object> gueltig = restForm(nachweis.einreichung("20.000,00", "20.000,00", NachweisTreiber.csv(BELEGE)));
    List<Fall> vnFaelle = new ArrayList<>();
    byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    vnFaelle.add(nachweisDatei(vn, gueltig, "HTML als belegliste.csv", html, "belegliste.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "Belegliste mit Skript-Endung", html, "belegliste.html", "text/html"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "CSV in UTF-16", (NachweisTreiber.KOPF + BELEGE).getBytes(StandardCharsets.UTF_16),
        "belegliste.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "Binärdatei", new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 8}, "belegliste.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "PDF statt Belegliste", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1),
        "belegliste.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "leere Datei", new byte[0], "belegliste.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "Dateiname mit Anführungszeichen und Zeilenumbruch",
        NachweisTreiber.csv(BELEGE), "a\"\r\nSet-Cookie: x.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "Dateiname mit Pfad", NachweisTreiber.csv(BELEGE), "../../etc/passwd.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "Dateiname mit 300 Zeichen", NachweisTreiber.csv(BELEGE), "b".repeat(296) + ".csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "MIME-Typ SVG", NachweisTreiber.csv(BELEGE), "belegliste.csv", "image/svg+xml"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "Formel =HYPERLINK in einer Zelle", NachweisTreiber.csv(
        "15.03.2025;=HYPERLINK(\"http://example.org\";\"x\");Honorare;20.000,00;M1\n"), "belegliste.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "Formel @SUM in einer Zelle", NachweisTreiber.csv(
        "15.03.2025;Träger 1;@SUM(1+1);20.000,00;M1\n"), "belegliste.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "falsch gequotete CSV", NachweisTreiber.csv(
        "15.03.2025;\"Träger 1;Honorare;20.000,00;M1\n"), "belegliste.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "Betrag 1e20 in der Belegliste", NachweisTreiber.csv(
        "15.03.2025;Träger 1;Honorare;100000000000000000000;M1\n"), "belegliste.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "Zahlungsempfänger mit 600 Zeichen", NachweisTreiber.csv(
        "15.03.2025;" + "T".repeat(600) + ";Honorare;20.000,00;M1\n"), "belegliste.csv", "text/csv"));
    vnFaelle.add(nachweisDatei(vn, gueltig, "falsche Kopfzeile", "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8), "belegliste.csv", "text/csv"));
    vnFaelle.add(new Fall("Datei nicht Base64", r -> r.schliesseAb(vn, mit(gueltig, "belegliste",
        Map.of("value", "%%%nicht-base64%%%", "type", "File", "valueInfo", Map.of("filename", "b.csv", "mimeType", "text/csv"))))));
    vnFaelle.add(new Fall("Datei als Text statt Datei", r -> r.schliesseAb(vn, mit(gueltig, "belegliste", "Datum;Betrag"))));
    vnFaelle.add(new Fall("Sachbericht mit 20.001 Zeichen", r -> r.schliesseAb(vn, mit(gueltig, "sachberichtDurchfuehrung", "s".repeat(20_001)))));
    vnFaelle.add(new Fall("Ausgaben 1e20", r -> r.schliesseAb(vn, mit(gueltig, "zahlenmaessigerNachweis",
        nachweis.angaben(Map.of("M1", new String[] {"100000000000000000000", ""}, "M2", new String[] {"20.000,00", ""}))))));
    vnFaelle.add(new Fall("Ausgaben kein Betrag", r -> r.schliesseAb(vn, mit(gueltig, "zahlenmaessigerNachweis",
        nachweis.angaben(Map.of("M1", new String[] {"viel", ""}, "M2", new String[] {"20.000,00", ""}))))));
    vnFaelle.add(new Fall("Einnahmen negativ", r -> r.schliesseAb(vn, mit(gueltig, "zahlenmaessigerNachweis",
        nachweis.angaben(Map.of("M1", new String[] {"20.000,00", "-500,00"}, "M2", new String[] {"20.000,00", ""}))))));
    vnFaelle.add(new Fall("Ausgaben mit 600 Zeichen in der Liste", r -> r.schliesseAb(vn, mit(gueltig, "zahlenmaessigerNachweis",
        nachweis.angaben(Map.of("M1", new String[] {"1".repeat(600), ""}, "M2", new String[] {"20.000,00", ""}))))));
    vnFaelle.add(new Fall("Teilnehmende keine ganze Zahl", r -> r.schliesseAb(vn, mit(gueltig, "sachberichtTeilnehmendeErreicht", "viele"))));
    vnFaelle.add(new Fall("Teilnehmende 10^12", r -> r.schliesseAb(vn, mit(gueltig, "sachberichtTeilnehmendeErreicht", 1_000_000_000_000L))));
    vnFaelle.add(new Fall("Bestätigung kein Ja/Nein", r -> r.schliesseAb(vn, mit(gueltig, "verwendungsnachweisBestaetigt", "vielleicht"))));
    Rest gk = Rest.basic(rest, nachweis.gkSachbearbeitung);
    for (Fall fall : vnFaelle) {
      pruefe(soft, zaehler, "Verwendungsnachweis (engine-rest): " + fall.was(), nachweis.nummer, gk, fall);
    }
    // the valid submission alone goes through: so it was the bad part that was refused
    Rest.Antwort gut = gk.schliesseAb(vn, gueltig);
    soft.assertThat(gut.status()).as("gültige Einreichung: " + gut.text()).isEqualTo(204);
    nachweis.fuehreJobsAus();

    // a second Nachforderung round whose form sends no text: refused, round 1's text is not reused
    String frist = LocalDate.now().plusDays(20).toString();
    nachweis.pruefeSachlich(NachweisTreiber.RP_SACHLICH, "nachforderung", "Bitte die Honorarverträge nachreichen.", frist);
    nachweis.reicheEin(nachweis.einreichung("20.000,00", "20.000,00", NachweisTreiber.csv(BELEGE)));
    String sachlich = nachweis.aufgabe("Task_PruefeSachlich").getId();
    Rest rpSachlich = Rest.basic(rest, NachweisTreiber.RP_SACHLICH);
    pruefe(soft, zaehler, "Sachliche Prüfung (engine-rest): zweite Nachforderung ohne Text", nachweis.nummer, rpSachlich,
        new Fall("zweite Nachforderung ohne Text", r -> r.schliesseAb(sachlich, Map.of("sachlichEntscheidung", "nachforderung",
            "nachweisNachforderungFrist", frist))));
    pruefe(soft, zaehler, "Sachliche Prüfung (engine-rest): Nachforderung mit 20.001 Zeichen", nachweis.nummer, rpSachlich,
        new Fall("Nachforderung mit 20.001 Zeichen", r -> r.schliesseAb(sachlich, Map.of("sachlichEntscheidung", "nachforderung",
            "nachweisNachforderungText", "n".repeat(20_001), "nachweisNachforderungFrist", frist))));
    pruefe(soft, zaehler, "Sachliche Prüfung (engine-rest): Frist in der Vergangenheit", nachweis.nummer, rpSachlich,
        new Fall("Frist in der Vergangenheit", r -> r.schliesseAb(sachlich, Map.of("sachlichEntscheidung", "nachforderung",
            "nachweisNachforderungText", "Bitte nachreichen.", "nachweisNachforderungFrist", "2020-01-01"))));

    System.out.printf("Schlechte-Eingaben-Katalog: %d Fälle, %d Antworten 500%n", zaehler[0], zaehler[1]);
    soft.assertThat(zaehler[0]).as("Fälle im Katalog").isGreaterThanOrEqualTo(80);
    soft.assertAll();
  }

  private void pruefe(SoftAssertions soft, int[] zaehler, String was, String nummer, Rest aufrufer, Fall fall) {
    Fallzustand vorher = zustand(nummer);
    Rest.Antwort antwort = fall.aufruf().apply(aufrufer);
    zaehler[0]++;
    if (antwort.status() >= 500) {
      zaehler[1]++;
    }
    soft.assertThat(antwort.status()).as(was + ": " + kurz(antwort.text())).isBetween(400, 499);
    String meldung = antwort.text() == null || !antwort.text().startsWith("{") ? null : antwort.meldung();
    soft.assertThat(Antwortpruefung.mangel(meldung)).as(was + ": " + kurz(antwort.text())).isNull();
    soft.assertThat(zustand(nummer)).as(was + ": nichts geändert").isEqualTo(vorher);
  }

  private Fallzustand zustand(String nummer) {
    return Fallzustand.von(datenbank, engine, nummer, greenMail.getReceivedMessages().length);
  }

  private static Fall abruf(String task, String was, Map<String, Object> ersetzt) {
    Map<String, Object> werte = new HashMap<>(DurchfuehrungTreiber.abruf(Map.of("M1", "1.000,00"), 10, "Honorare", "verwendet"));
    werte.putAll(ersetzt);
    return new Fall(was, r -> r.schliesseAb(task, werte));
  }

  private static Fall entscheidung(String task, String was, String entscheidung, Object betraege, String begruendung) {
    Map<String, Object> werte = new HashMap<>();
    werte.put(ENTSCHEIDUNG.name(), entscheidung);
    werte.put(AUSZAHLUNGEN.name(), betraege);
    werte.put(BEGRUENDUNG.name(), begruendung);
    return new Fall(was, r -> r.schliesseAb(task, werte));
  }

  private static Fall nachweisDatei(String task, Map<String, Object> gueltig, String was, byte[] inhalt, String name, String mime) {
    return new Fall(was, r -> r.schliesseAb(task, mit(gueltig, "belegliste", datei(inhalt, name, mime))));
  }

  private static Map<String, Object> mit(Map<String, Object> gueltig, String name, Object wert) {
    Map<String, Object> werte = new LinkedHashMap<>(gueltig);
    werte.put(name, wert);
    return werte;
  }

  private static Map<String, Object> datei(byte[] inhalt, String name, String mime) {
    return Map.of("value", Base64.getEncoder().encodeToString(inhalt), "type", "File",
        "valueInfo", Map.of("filename", name, "mimeType", mime));
  }

  /** A form's values in the REST form: files as {value (Base64), type File, valueInfo}. */
  static Map<String, Object> restForm(Map<String, Object> werte) {
    Map<String, Object> r = new LinkedHashMap<>();
    werte.forEach((name, wert) -> {
      if (wert instanceof FileValue f) {
        try (var in = f.getValue()) {
          r.put(name, datei(in.readAllBytes(), f.getFilename(), f.getMimeType()));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      } else {
        r.put(name, wert);
      }
    });
    return r;
  }

  private static String kurz(String text) {
    return text == null ? "null" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}

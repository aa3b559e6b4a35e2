package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.nachweis.Verwendungsnachweise;
import de.hessen.aqb.nachweis.domain.Beleg;
import de.hessen.aqb.nachweis.domain.Belegliste;
import de.hessen.aqb.nachweis.domain.BeleglisteLeser;
import de.hessen.aqb.nachweis.domain.BewilligteMassnahme;
import de.hessen.aqb.nachweis.domain.NachweisPosition;
import de.hessen.aqb.nachweis.domain.NachweisRegeln;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.gemeinsam.Geld;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * Completing "Verwendungsnachweis erstellen": Sachbericht complete, zahlenmäßiger Nachweis readable, Belegliste valid
 * and adding up to the Ausgaben (Ist) of every measure. Only then is the submission stored (as a new Fassung) and the
 * parsed Belegliste put into a variable for the RP; otherwise the clerk reads every problem at once, the task stays open
 * and nothing is stored (the transaction rolls back).
 */
@Component("verwendungsnachweisEinreichen")
class VerwendungsnachweisErfassung implements TaskListener {

  private final Verwendungsnachweise verwendungsnachweise;
  private final Bearbeiter bearbeiter;

  VerwendungsnachweisErfassung(Verwendungsnachweise verwendungsnachweise, Bearbeiter bearbeiter) {
    this.verwendungsnachweise = verwendungsnachweise;
    this.bearbeiter = bearbeiter;
  }

  @Override
  public void notify(DelegateTask aufgabe) {
    Fehlerliste fehler = new Fehlerliste();
    String durchfuehrung = SACHBERICHT_DURCHFUEHRUNG.von(aufgabe);
    String teilnehmende = SACHBERICHT_TEILNEHMENDE.von(aufgabe);
    String ergebnisse = SACHBERICHT_ERGEBNISSE.von(aufgabe);
    fehler.wenn(durchfuehrung == null, "Sachbericht: Bitte beschreiben, was durchgeführt wurde.")
        .wenn(teilnehmende == null, "Sachbericht: Bitte die Teilnehmenden angeben (Anzahl, Zielgruppe).")
        .wenn(ergebnisse == null, "Sachbericht: Bitte die Ergebnisse angeben.");

    ArrayNode zeilen = (ArrayNode) ZAHLENMAESSIGER_NACHWEIS.von(aufgabe);
    List<NachweisPosition> positionen = positionen(zeilen, fehler);

    FileValue datei = BELEGLISTE.von(aufgabe);
    byte[] bytes = datei == null ? null : inhalt(datei);
    if ((datei == null || bytes.length == 0 && (datei.getFilename() == null || datei.getFilename().isBlank()))
        && BELEGLISTE_EINGEREICHT.von(aufgabe) != null) {
      datei = BELEGLISTE_EINGEREICHT.von(aufgabe); // no new file chosen after a Nachforderung
      bytes = inhalt(datei);
    }
    Belegliste belegliste = null;
    if (datei == null || bytes.length == 0 && (datei.getFilename() == null || datei.getFilename().isBlank())) {
      fehler.add("Bitte die Belegliste hochladen (CSV-Datei nach der Vorlage).");
    } else {
      List<BewilligteMassnahme> massnahmen = positionen.stream()
          .map(p -> new BewilligteMassnahme(p.massnahmeId(), p.name(), p.bewilligtCent())).toList();
      try {
        belegliste = new BeleglisteLeser(massnahmen, BEWILLIGUNG_VON.von(aufgabe), BEWILLIGUNG_BIS.von(aufgabe)).lies(bytes);
      } catch (UngueltigeEingabe e) {
        fehler.add(e.getMessage());
      }
    }
    if (belegliste != null && positionen.size() == zeilen.size()) {
      NachweisRegeln.pruefeSummen(positionen, belegliste, fehler);
    }
    fehler.wenn(!Boolean.TRUE.equals(VN_BESTAETIGT.von(aufgabe)),
        "Bitte bestätigen, dass die Angaben vollständig und richtig sind und die Belege vorliegen.");
    fehler.pruefe();

    String von = bearbeiter.von(aufgabe);
    int fassung = verwendungsnachweise.speichere(FOERDERFALL_NUMMER.von(aufgabe), new Verwendungsnachweise.Einreichung(von,
        durchfuehrung, teilnehmende, ergebnisse, SACHBERICHT_ABWEICHUNGEN.von(aufgabe), datei.getFilename(), positionen, belegliste));
    Map<String, Long> belegt = belegliste.summeJeMassnahmeCent();
    for (int i = 0; i < zeilen.size(); i++) {
      NachweisPosition p = positionen.get(i);
      ((ObjectNode) zeilen.get(i)).put("ausgabenCent", p.ausgabenCent()).put("einnahmenCent", p.einnahmenCent())
          .put("ausgabenAnzeige", Geld.alsWaehrung(p.ausgabenCent())).put("einnahmenAnzeige", Geld.alsWaehrung(p.einnahmenCent()))
          .put("belegt", Geld.alsWaehrung(belegt.getOrDefault(p.massnahmeId(), 0L)))
          .put("ueberBewilligung", p.ausgabenCent() > p.bewilligtCent());
    }
    aufgabe.setVariable(ZAHLENMAESSIGER_NACHWEIS.name(), ProzessVariable.alsJson(zeilen));
    aufgabe.setVariable(BELEGE.name(), ProzessVariable.alsJson(alsJson(belegliste)));
    aufgabe.setVariable(BELEGLISTE_EINGEREICHT.name(), Variables.fileValue(datei.getFilename()).file(bytes)
        .mimeType(datei.getMimeType() == null ? "text/csv" : datei.getMimeType()).create());
    VN_FASSUNG.setze(aufgabe, fassung);
    VN_EINGEREICHT_VON.setze(aufgabe, von);
    AUSGABEN_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(positionen.stream().mapToLong(NachweisPosition::ausgabenCent).sum()));
  }

  private static List<NachweisPosition> positionen(ArrayNode zeilen, Fehlerliste fehler) {
    List<NachweisPosition> positionen = new ArrayList<>();
    for (JsonNode z : zeilen) {
      String name = z.path("name").asText();
      Long ausgaben = betrag(z.path("ausgaben").asText(""), "Maßnahme „" + name + "“: Ausgaben (Ist)", true, fehler);
      Long einnahmen = betrag(z.path("einnahmen").asText(""), "Maßnahme „" + name + "“: Einnahmen/Eigenmittel (Ist)", false, fehler);
      if (ausgaben != null && einnahmen != null) {
        positionen.add(new NachweisPosition(z.path("id").asText(), name, z.path("bewilligtCent").asLong(), ausgaben, einnahmen));
      }
    }
    return positionen;
  }

  /** Cents of a typed amount; blank is 0 where {@code pflicht} is false. Null (and a message) when invalid. */
  private static Long betrag(String eingabe, String feld, boolean pflicht, Fehlerliste fehler) {
    if (eingabe.isBlank()) {
      if (pflicht) {
        fehler.add(feld + ": Bitte einen Betrag angeben (0, wenn nichts ausgegeben wurde).");
        return null;
      }
      return 0L;
    }
    try {
      return Geld.centNichtNegativ(eingabe, feld);
    } catch (UngueltigeEingabe e) {
      fehler.add(e.getMessage());
      return null;
    }
  }

  private static byte[] inhalt(FileValue datei) {
    try (InputStream in = datei.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ArrayNode alsJson(Belegliste belegliste) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    for (Beleg b : belegliste.belege()) {
      liste.addObject().put("zeile", b.zeile()).put("datum", b.datum().format(TT_MM_JJJJ))
          .put("zahlungsempfaenger", b.zahlungsempfaenger()).put("verwendungszweck", b.verwendungszweck())
          .put("betragCent", b.betragCent()).put("betrag", Geld.alsWaehrung(b.betragCent())).put("massnahme", b.massnahmeId());
    }
    return liste;
  }
}

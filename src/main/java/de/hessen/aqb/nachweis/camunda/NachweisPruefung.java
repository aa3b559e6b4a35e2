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
import de.hessen.aqb.nachweis.NachweisFristen;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.DokumentLinks;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.gemeinsam.Geld;
import java.math.BigDecimal;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The RP's check of the Verwendungsnachweis: "sachlich richtig" or a Nachforderung back to the body, then "rechnerisch
 * richtig" by a different person (Vier-Augen-Prinzip, in the engine), who may recognise less than claimed, with a reason.
 */
@Configuration
class NachweisPruefung {

  private final Bearbeiter bearbeiter;

  NachweisPruefung(Bearbeiter bearbeiter) {
    this.bearbeiter = bearbeiter;
  }

  /** Download link of the uploaded Belegliste (through Tasklist's own authenticated API), task-local. */
  @Bean("beleglisteLink")
  TaskListener beleglisteLink() {
    return aufgabe -> aufgabe.setVariableLocal("beleglisteLink", DokumentLinks.link(aufgabe.getId(), BELEGLISTE_EINGEREICHT.name()));
  }

  @Bean("nachweisSachlichAbschliessen")
  TaskListener sachlichAbschliessen(NachweisFristen fristen) {
    return aufgabe -> {
      String entscheidung = SACHLICH_ENTSCHEIDUNG.von(aufgabe);
      if (!"richtig".equals(entscheidung) && !"nachforderung".equals(entscheidung)) {
        throw new UngueltigeEingabe("Bitte wählen: sachlich richtig oder Unterlagen nachfordern.");
      }
      SACHLICH_GEPRUEFT_VON.setze(aufgabe, bearbeiter.von(aufgabe));
      SACHLICH_RICHTIG.setze(aufgabe, "richtig".equals(entscheidung));
      if ("richtig".equals(entscheidung)) {
        return;
      }
      String text = NACHFORDERUNG_TEXT.von(aufgabe);
      var frist = NACHFORDERUNG_FRIST.von(aufgabe);
      new Fehlerliste()
          .wenn(text == null, "Bitte angeben, was die Gebietskörperschaft nachreichen oder korrigieren soll.")
          .wenn(frist == null, "Bitte eine Frist für die Nachforderung angeben.")
          .wenn(frist != null && !frist.isAfter(fristen.heute()), "Die Frist der Nachforderung muss in der Zukunft liegen.")
          .pruefe();
      JsonNode bisher = NACHFORDERUNGEN.von(aufgabe);
      ArrayNode runden = bisher instanceof ArrayNode a ? a : JsonNodeFactory.instance.arrayNode();
      int runde = runden.size() + 1;
      runden.addObject().put("runde", runde).put("text", text).put("frist", frist.format(TT_MM_JJJJ))
          .put("von", bearbeiter.von(aufgabe)).put("am", fristen.heute().format(TT_MM_JJJJ));
      aufgabe.setVariable(NACHFORDERUNGEN.name(), ProzessVariable.alsJson(runden));
      NachweisVorbereiten.setzeFrist(aufgabe, fristen, frist);
    };
  }

  /** Vier-Augen-Prinzip: who confirmed "sachlich richtig" can neither claim nor complete "rechnerisch richtig". */
  @Bean("nachweisVierAugenPrinzip")
  TaskListener vierAugenPrinzip() {
    return (DelegateTask aufgabe) -> {
      String sachlich = SACHLICH_GEPRUEFT_VON.von(aufgabe);
      String benutzer = TaskListener.EVENTNAME_ASSIGNMENT.equals(aufgabe.getEventName()) ? aufgabe.getAssignee()
          : bearbeiter.von(aufgabe);
      if (sachlich != null && sachlich.equals(benutzer)) {
        throw new UngueltigeEingabe("Sie haben den Verwendungsnachweis bereits sachlich geprüft. Nach dem Vier-Augen-Prinzip "
            + "muss eine andere Person des Regierungspräsidiums ihn rechnerisch prüfen.");
      }
    };
  }

  /** Proposal: everything claimed is recognised; kept when the second clerk reopens the same Fassung. */
  @Bean("nachweisAnerkennungVorschlag")
  TaskListener anerkennungVorschlag() {
    return aufgabe -> {
      if (Objects.equals(ANERKENNUNG_FASSUNG.von(aufgabe), VN_FASSUNG.von(aufgabe)) && ANERKENNUNG.von(aufgabe) != null) {
        return;
      }
      ArrayNode zeilen = JsonNodeFactory.instance.arrayNode();
      for (JsonNode p : ZAHLENMAESSIGER_NACHWEIS.von(aufgabe)) {
        long ausgaben = p.path("ausgabenCent").asLong();
        zeilen.addObject().put("id", p.path("id").asText()).put("name", p.path("name").asText())
            .put("bewilligt", p.path("bewilligt").asText()).put("ausgaben", Geld.alsWaehrung(ausgaben))
            .put("ausgabenCent", ausgaben).put("anerkannt", new BigDecimal(ausgaben).movePointLeft(2).toPlainString())
            .put("grund", "").put("ueberBewilligung", p.path("ueberBewilligung").asBoolean());
      }
      aufgabe.setVariable(ANERKENNUNG.name(), ProzessVariable.alsJson(zeilen));
      ANERKENNUNG_FASSUNG.setze(aufgabe, VN_FASSUNG.von(aufgabe));
    };
  }

  @Bean("nachweisRechnerischAbschliessen")
  TaskListener rechnerischAbschliessen() {
    return aufgabe -> {
      Fehlerliste fehler = new Fehlerliste();
      fehler.wenn(!Boolean.TRUE.equals(RECHNERISCH_BESTAETIGT.von(aufgabe)),
          "Bitte bestätigen, dass der Verwendungsnachweis rechnerisch richtig ist.");
      ArrayNode zeilen = (ArrayNode) ANERKENNUNG.von(aufgabe);
      long summe = 0;
      for (JsonNode z : zeilen) {
        String feld = "Maßnahme „" + z.path("name").asText() + "“: anerkannte Ausgaben";
        String eingabe = z.path("anerkannt").asText("");
        Long cent;
        try {
          cent = Geld.centNichtNegativ(eingabe, feld);
        } catch (UngueltigeEingabe e) {
          fehler.add(e.getMessage());
          continue;
        }
        long ausgaben = z.path("ausgabenCent").asLong();
        String grund = z.path("grund").asText("").strip();
        if (cent == null) {
          fehler.add(feld + ": Bitte einen Betrag angeben.");
        } else if (cent > ausgaben) {
          fehler.add(feld + " (" + Geld.alsWaehrung(cent) + ") dürfen die geltend gemachten Ausgaben ("
              + Geld.alsWaehrung(ausgaben) + ") nicht übersteigen.");
        } else {
          fehler.wenn(cent < ausgaben && grund.isEmpty(), feld + ": Bitte begründen, warum weniger als die geltend gemachten "
              + Geld.alsWaehrung(ausgaben) + " anerkannt werden.");
          ((ObjectNode) z).put("anerkanntCent", cent).put("anerkanntAnzeige", Geld.alsWaehrung(cent)).put("grund", grund);
          summe += cent;
        }
      }
      fehler.pruefe();
      aufgabe.setVariable(ANERKENNUNG.name(), ProzessVariable.alsJson(zeilen));
      ANERKANNT_CENT.setze(aufgabe, summe);
      RECHNERISCH_GEPRUEFT_VON.setze(aufgabe, bearbeiter.von(aufgabe));
    };
  }
}

package de.hessen.aqb.antrag.camunda;

import static de.hessen.aqb.antrag.camunda.AntragVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.hessen.aqb.antrag.BescheidEigenschaften;
import de.hessen.aqb.antrag.domain.Antrag;
import de.hessen.aqb.antrag.domain.AntragRegeln;
import de.hessen.aqb.antrag.domain.BescheidDaten;
import de.hessen.aqb.antrag.domain.BescheidRegeln;
import de.hessen.aqb.antrag.domain.Massnahme;
import de.hessen.aqb.dokument.BescheidDokument;
import de.hessen.aqb.foerderbudget.Foerderbudget;
import de.hessen.aqb.gemeinsam.Fehlerliste;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.gemeinsam.Geld;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Drafting, the Vier-Augen release and the issue of the Bescheid, with its booking in the ledger. */
@Configuration
class BescheidErstellung {

  private final BescheidAusVariablen ausVariablen;
  private final BescheidDokument dokument;
  private final Bearbeiter bearbeiter;

  BescheidErstellung(BescheidAusVariablen ausVariablen, BescheidDokument dokument, Bearbeiter bearbeiter) {
    this.ausVariablen = ausVariablen;
    this.dokument = dokument;
    this.bearbeiter = bearbeiter;
  }

  /** Proposal for the draft: everything as requested, period from the measures, deadlines from configuration. */
  @Bean("bescheidVorschlag")
  TaskListener vorschlag(AntragMassnahmen massnahmen, BescheidEigenschaften eigenschaften) {
    return aufgabe -> {
      if (BEWILLIGUNGEN.von(aufgabe) != null) {
        return; // returned by the second clerk: keep the draft
      }
      int jahr = JAHR.von(aufgabe);
      Antrag antrag = AntragRegeln.lies(massnahmen.eingaben(MASSNAHMEN.von(aufgabe)), jahr, massnahmen::traegerName,
          new Fehlerliste());
      ArrayNode zeilen = JsonNodeFactory.instance.arrayNode();
      for (Massnahme m : antrag.aktive()) {
        ObjectNode z = zeilen.addObject();
        z.put("id", m.id());
        z.put("name", m.name());
        z.put("beantragtCent", m.foerderungCent());
        z.put("beantragt", Geld.alsWaehrung(m.foerderungCent()));
        z.put("bewilligt", euro(m.foerderungCent()));
        for (int j = 1; j <= AntragRegeln.PLANUNGSJAHRE; j++) {
          int hj = jahr + j - 1;
          long geplant = antrag.planung().stream().filter(p -> p.massnahmeId().equals(m.id()) && p.haushaltsjahr() == hj)
              .mapToLong(de.hessen.aqb.antrag.domain.Detailplanung::betragCent).sum();
          z.put("hj" + j, geplant == 0 ? "" : euro(geplant));
        }
      }
      aufgabe.setVariable(BEWILLIGUNGEN.name(), ProzessVariable.alsJson(zeilen));
      ENTSCHEIDUNGSART.setze(aufgabe, "voll");
      AKTENZEICHEN.setze(aufgabe, eigenschaften.aktenzeichenPraefix() + " " + FOERDERFALL_NUMMER.von(aufgabe).substring(4));
      LocalDate von = antrag.aktive().stream().map(Massnahme::beginn).filter(Objects::nonNull).min(LocalDate::compareTo)
          .orElse(LocalDate.of(jahr, 1, 1));
      LocalDate bis = antrag.aktive().stream().map(Massnahme::ende).filter(Objects::nonNull).max(LocalDate::compareTo)
          .orElse(LocalDate.of(jahr, 12, 31));
      BEWILLIGUNG_VON.setze(aufgabe, von.toString());
      BEWILLIGUNG_BIS.setze(aufgabe, bis.toString());
      VERWENDUNGSNACHWEIS_FRIST.setze(aufgabe, bis.plus(eigenschaften.verwendungsnachweisNach()).toString());
      ZWISCHENNACHWEIS_FRIST.setze(aufgabe, bis.getYear() > jahr ? eigenschaften.zwischennachweisFrist() : null);
      MITTELABRUF_REGEL.setze(aufgabe, eigenschaften.mittelabrufRegel());
      NEBENBESTIMMUNGEN.setze(aufgabe, eigenschaften.nebenbestimmungen());
    };
  }

  @Bean("bescheidEntwurfAbschliessen")
  TaskListener entwurfAbschliessen(Foerderbudget budget) {
    return aufgabe -> {
      BescheidDaten daten = ausVariablen.lies(aufgabe, LocalDate.now(), null);
      Fehlerliste fehler = new Fehlerliste();
      fehler.wenn(daten.aktenzeichen() == null, "Bitte das Aktenzeichen angeben.")
          .wenn(daten.aktenzeichen() != null && budget.bescheid(daten.aktenzeichen()).isPresent(),
              "Das Aktenzeichen „" + daten.aktenzeichen() + "“ ist bereits vergeben.");
      BescheidRegeln.pruefe(daten, BUDGET_CENT.von(aufgabe), fehler);
      fehler.pruefe();
      BESCHEID_VERFASSER.setze(aufgabe, bearbeiter.von(aufgabe));
      BESCHEID_ART.setze(aufgabe, daten.art().name());
      BESCHEID_SUMME_ANZEIGE.setze(aufgabe, Geld.alsWaehrung(daten.summeBewilligtCent()));
    };
  }

  @Bean("bescheidEntwurfErzeugen")
  JavaDelegate entwurfErzeugen() {
    return execution -> speicherePdf(execution, ausVariablen.lies(execution, LocalDate.now(), null), "Entwurf");
  }

  /** Vier-Augen-Prinzip, in the engine: the drafter can neither claim nor complete the release (Tasklist, REST, Java). */
  @Bean("vierAugenPrinzip")
  TaskListener vierAugenPrinzip() {
    return (DelegateTask aufgabe) -> {
      String verfasser = BESCHEID_VERFASSER.von(aufgabe);
      String benutzer = TaskListener.EVENTNAME_ASSIGNMENT.equals(aufgabe.getEventName()) ? aufgabe.getAssignee()
          : bearbeiter.von(aufgabe);
      if (verfasser != null && verfasser.equals(benutzer)) {
        throw new UngueltigeEingabe("Sie haben diesen Bescheid entworfen. Nach dem Vier-Augen-Prinzip muss ihn eine andere "
            + "Person des Regierungspräsidiums freigeben.");
      }
    };
  }

  @Bean("bescheidFreigabeAbschliessen")
  TaskListener freigabeAbschliessen() {
    return aufgabe -> {
      String entscheidung = FREIGABE_ENTSCHEIDUNG.von(aufgabe);
      if (!"freigeben".equals(entscheidung) && !"zurueck".equals(entscheidung)) {
        throw new UngueltigeEingabe("Bitte wählen: Bescheid freigeben oder zur Überarbeitung zurückgeben.");
      }
      if ("zurueck".equals(entscheidung) && FREIGABE_BEMERKUNG.von(aufgabe) == null) {
        throw new UngueltigeEingabe("Bitte angeben, was am Bescheidentwurf zu ändern ist.");
      }
      BESCHEID_FREIGEGEBEN.setze(aufgabe, "freigeben".equals(entscheidung));
      BESCHEID_FREIGABE.setze(aufgabe, bearbeiter.von(aufgabe));
    };
  }

  @Bean("bescheidErlassen")
  JavaDelegate erlassen(Foerderbudget budget) {
    return execution -> {
      String freigabe = BESCHEID_FREIGABE.von(execution);
      LocalDate heute = LocalDate.now();
      BescheidDaten daten = ausVariablen.lies(execution, heute, freigabe);
      byte[] pdf = speicherePdf(execution, daten, "erlassen");
      budget.bucheBescheid(FOERDERFALL_NUMMER.von(execution), daten, BESCHEID_VERFASSER.von(execution), freigabe, pdf);
      BESCHEID_AKTENZEICHEN.setze(execution, daten.aktenzeichen());
      BESCHEID_DATUM.setze(execution, heute.toString());
      BESCHEID_SUMME_ANZEIGE.setze(execution, Geld.alsWaehrung(daten.summeBewilligtCent()));
    };
  }

  private byte[] speicherePdf(DelegateExecution execution, BescheidDaten daten, String zusatz) {
    byte[] pdf = dokument.erzeugePdf(daten);
    String name = ("Bescheid-" + daten.aktenzeichen() + "-" + zusatz + ".pdf").replaceAll("[^A-Za-z0-9.-]+", "-");
    execution.setVariable(BESCHEID_PDF.name(), Variables.fileValue(name).file(pdf).mimeType("application/pdf").create());
    return pdf;
  }

  private static String euro(long cent) {
    return new BigDecimal(cent).movePointLeft(2).toPlainString();
  }
}

package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.fall.Fallregister;
import de.hessen.aqb.identity.Personen;
import de.hessen.aqb.nachweis.NachweisEigenschaften;
import de.hessen.aqb.nachweis.NachweisFristen;
import de.hessen.aqb.nachweis.Schlussbescheid;
import de.hessen.aqb.nachweis.SchlussbescheidDokument;
import de.hessen.aqb.nachweis.Verwendungsnachweise;
import de.hessen.aqb.nachweis.domain.Rueckforderung;
import de.hessen.aqb.nachweis.domain.Zinsberechnung;
import de.hessen.aqb.plattform.ProzessVariable;
import de.hessen.aqb.gemeinsam.Geld;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rückforderung with interest, the Schlussbescheid PDF and closing the case. */
@Configuration
class NachweisAbschluss {

  /**
   * Σ paid (ledger of Mittelabrufe) − Σ recognised, never negative; interest from the day after the
   * Bewilligungszeitraum (or the last payment) until the Rückforderung is due. Recorded on the Verwendungsnachweis.
   */
  @Bean("rueckforderungBerechnen")
  JavaDelegate rueckforderungBerechnen(Mittelabrufe mittelabrufe, Verwendungsnachweise verwendungsnachweise,
      NachweisEigenschaften eigenschaften, NachweisFristen fristen) {
    return execution -> {
      String nummer = FOERDERFALL_NUMMER.von(execution);
      long ausgezahlt = mittelabrufe.summeAusgezahltCent(nummer);
      Map<String, Long> anerkannt = new LinkedHashMap<>();
      Map<String, String> gruende = new LinkedHashMap<>();
      for (JsonNode z : ANERKENNUNG.von(execution)) {
        anerkannt.put(z.path("id").asText(), z.path("anerkanntCent").asLong());
        gruende.put(z.path("id").asText(), z.path("grund").asText("").isBlank() ? null : z.path("grund").asText());
      }
      Rueckforderung rueckforderung = Rueckforderung.berechne(ausgezahlt, new ArrayList<>(anerkannt.values()));
      LocalDate heute = fristen.heute();
      LocalDate faellig = fristen.rueckforderungFaellig(heute);
      Optional<LocalDate> letzteAuszahlung = mittelabrufe.alle(nummer).stream().map(Mittelabrufe.Mittelabruf::auszahlungstag)
          .flatMap(Optional::stream).max(LocalDate::compareTo);
      LocalDate zinsbeginn = Zinsberechnung.zinsbeginn(BEWILLIGUNG_BIS.von(execution), letzteAuszahlung.orElse(null));
      Zinsberechnung.Ergebnis zinsen = eigenschaften.zinsberechnung().berechne(rueckforderung.betragCent(), zinsbeginn, faellig);

      verwendungsnachweise.speicherePruefung(nummer, new Verwendungsnachweise.Pruefung(SACHLICH_GEPRUEFT_VON.von(execution),
          RECHNERISCH_GEPRUEFT_VON.von(execution), ausgezahlt, anerkannt, gruende, rueckforderung.betragCent(), zinsen.zinsenCent()));
      AUSGEZAHLT_CENT.setze(execution, ausgezahlt);
      ANERKANNT_CENT.setze(execution, rueckforderung.anerkanntCent());
      RUECKFORDERUNG_CENT.setze(execution, rueckforderung.betragCent());
      ZINSEN_CENT.setze(execution, zinsen.zinsenCent());
      ZINSEN_VON.setze(execution, zinsbeginn.toString());
      ZINSEN_BIS.setze(execution, faellig.toString());
      RUECKFORDERUNG_FAELLIG.setze(execution, faellig.toString());
      SCHLUSSBESCHEID_DATUM.setze(execution, heute.toString());
      execution.setVariable(ZINSBERECHNUNG.name(), ProzessVariable.alsJson(alsJson(zinsen)));
      NACHWEIS_ERGEBNIS.setze(execution, rueckforderung.noetig()
          ? "Verwendungsnachweis geprüft: Rückforderung " + Geld.alsWaehrung(rueckforderung.betragCent()) + " zuzüglich Zinsen "
              + Geld.alsWaehrung(zinsen.zinsenCent()) + ", fällig am " + faellig.format(TT_MM_JJJJ) + "."
          : "Verwendungsnachweis geprüft – keine Rückforderung (ausgezahlt " + Geld.alsWaehrung(ausgezahlt) + ", anerkannt "
              + Geld.alsWaehrung(rueckforderung.anerkanntCent()) + ").");
    };
  }

  @Bean("schlussbescheidErzeugen")
  JavaDelegate schlussbescheidErzeugen(SchlussbescheidDokument dokument, Personen personen) {
    return execution -> {
      Schlussbescheid daten = schlussbescheid(execution, personen);
      byte[] pdf = dokument.erzeugePdf(daten);
      String name = ("Schlussbescheid-" + daten.aktenzeichen() + ".pdf").replaceAll("[^A-Za-z0-9.-]+", "-");
      execution.setVariable(SCHLUSSBESCHEID_PDF.name(), Variables.fileValue(name).file(pdf).mimeType("application/pdf").create());
    };
  }

  /** Marks the case ABGESCHLOSSEN in the register (idempotent). */
  @Bean("foerderfallAbschliessen")
  JavaDelegate foerderfallAbschliessen(Fallregister register) {
    return execution -> register.schliesseAb(FOERDERFALL_NUMMER.von(execution));
  }

  static Schlussbescheid schlussbescheid(VariableScope scope, Personen personen) {
    List<Schlussbescheid.Zeile> zeilen = new ArrayList<>();
    Map<String, Long> bewilligt = new LinkedHashMap<>();
    for (JsonNode p : ZAHLENMAESSIGER_NACHWEIS.von(scope)) {
      bewilligt.put(p.path("id").asText(), p.path("bewilligtCent").asLong());
    }
    for (JsonNode z : ANERKENNUNG.von(scope)) {
      zeilen.add(new Schlussbescheid.Zeile(z.path("name").asText(), bewilligt.getOrDefault(z.path("id").asText(), 0L),
          z.path("ausgabenCent").asLong(), z.path("anerkanntCent").asLong(), z.path("grund").asText("")));
    }
    return new Schlussbescheid(BESCHEID_AKTENZEICHEN.von(scope), SCHLUSSBESCHEID_DATUM.von(scope),
        GEBIETSKOERPERSCHAFT_NAME.von(scope), JAHR.von(scope), BEWILLIGUNG_VON.von(scope), BEWILLIGUNG_BIS.von(scope), zeilen,
        AUSGEZAHLT_CENT.von(scope), RUECKFORDERUNG_CENT.von(scope), zinsen(scope), RUECKFORDERUNG_FAELLIG.von(scope),
        personen.anzeigename(SACHLICH_GEPRUEFT_VON.von(scope)), personen.anzeigename(RECHNERISCH_GEPRUEFT_VON.von(scope)));
  }

  private static Zinsberechnung.Ergebnis zinsen(VariableScope scope) {
    List<Zinsberechnung.Abschnitt> abschnitte = new ArrayList<>();
    for (JsonNode a : ZINSBERECHNUNG.von(scope)) {
      abschnitte.add(new Zinsberechnung.Abschnitt(LocalDate.parse(a.path("von").asText()), LocalDate.parse(a.path("bis").asText()),
          a.path("tage").asLong(), new BigDecimal(a.path("basiszinssatz").asText()), new BigDecimal(a.path("zinssatz").asText()),
          a.path("zinsenCent").asLong()));
    }
    return new Zinsberechnung.Ergebnis(RUECKFORDERUNG_CENT.von(scope), ZINSEN_VON.von(scope), ZINSEN_BIS.von(scope), abschnitte);
  }

  private static ArrayNode alsJson(Zinsberechnung.Ergebnis zinsen) {
    ArrayNode liste = JsonNodeFactory.instance.arrayNode();
    zinsen.abschnitte().forEach(a -> liste.addObject().put("von", a.von().toString()).put("bis", a.bis().toString())
        .put("tage", a.tage()).put("basiszinssatz", a.basiszinssatz().toPlainString()).put("zinssatz", a.zinssatz().toPlainString())
        .put("zinsenCent", a.zinsenCent()));
    return liste;
  }
}

package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.nachweis.NachweisPruefungen;
import de.hessen.aqb.nachweis.RechnerischePruefung;
import de.hessen.aqb.nachweis.domain.Anerkennung;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Verwendungsnachweis rechnerisch prüfen": the proposal from the stored Fassung (create), the Vier-Augen check against
 * the recorded first clerk (claim), and the second clerk's recognition (complete).
 */
@Configuration
class RechnerischPruefen {

  private final Faelle faelle;
  private final RechnerischePruefung pruefung;
  private final Bearbeiter bearbeiter;

  RechnerischPruefen(Faelle faelle, RechnerischePruefung pruefung, Bearbeiter bearbeiter) {
    this.faelle = faelle;
    this.pruefung = pruefung;
    this.bearbeiter = bearbeiter;
  }

  @Bean("nachweisAnerkennungVorschlag")
  TaskListener vorschlag(NachweisPruefungen pruefungen) {
    return aufgabe -> {
      String nummer = faelle.kopf(aufgabe).nummer();
      ANERKENNUNG.setze(aufgabe, PruefungAnzeige.anerkennung(pruefung.vorschlag(nummer)));
      SACHLICH_GEPRUEFT_VON_ANZEIGE.setze(aufgabe, pruefungen.sachlichGeprueftVon(nummer));
    };
  }

  @Bean("nachweisVierAugenPrinzip")
  TaskListener vierAugenPrinzip() {
    return aufgabe -> pruefung.pruefeVierAugen(faelle.kopf(aufgabe).nummer(), bearbeiter.handelnd(aufgabe));
  }

  @Bean("nachweisRechnerischAbschliessen")
  TaskListener abschliessen() {
    return aufgabe -> pruefung.bestaetige(faelle.kopf(aufgabe), bearbeiter.von(aufgabe),
        Boolean.TRUE.equals(RECHNERISCH_BESTAETIGT.von(aufgabe)),
        Eingabewerte.eintraege(ANERKENNUNG.von(aufgabe)).stream()
            .map(z -> new Anerkennung.Eingabe(z.path("id").asText(), z.path("anerkannt").asText(""), z.path("grund").asText("")))
            .toList());
  }
}

package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.nachweis.NachweisPruefungen;
import de.hessen.aqb.nachweis.RechnerischePruefung;
import de.hessen.aqb.nachweis.domain.Einwand;
import de.hessen.aqb.plattform.Bearbeiter;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Verwendungsnachweis rechnerisch prüfen": the figures from the stored Fassung (create), the Vier-Augen check against
 * the recorded first clerk (claim), and the second clerk's objections per Beleg (complete; the recognised amounts are the
 * service's, shown afterwards).
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
      ANERKENNUNG_REGELN_ANZEIGE.setze(aufgabe, pruefung.regeln(nummer));
      SACHLICH_GEPRUEFT_VON_ANZEIGE.setze(aufgabe, pruefungen.sachlichGeprueftVon(nummer));
    };
  }

  @Bean("nachweisVierAugenPrinzip")
  TaskListener vierAugenPrinzip() {
    return aufgabe -> pruefung.pruefeVierAugen(faelle.kopf(aufgabe).nummer(), bearbeiter.handelnd(aufgabe));
  }

  @Bean("nachweisRechnerischAbschliessen")
  TaskListener abschliessen() {
    return aufgabe -> ANERKENNUNG.setze(aufgabe, PruefungAnzeige.anerkennung(pruefung.bestaetige(faelle.kopf(aufgabe),
        bearbeiter.von(aufgabe), Boolean.TRUE.equals(RECHNERISCH_BESTAETIGT.von(aufgabe)),
        Eingabewerte.eintraege(BELEG_EINWAENDE.von(aufgabe)).stream()
            .map(z -> new Einwand.Eingabe(z.path("zeile").asText(""), z.path("grund").asText(""), z.path("kommentar").asText("")))
            .toList())));
  }
}

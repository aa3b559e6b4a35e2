package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ;
import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.*;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.nachweis.NachweisVorbereitung;
import de.hessen.aqb.nachweis.Vorjahresnachweise;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Verwendungsnachweis vorbereiten": shows the case head, the Bescheid in force, the grants, the payments and the deadline. */
@Component("nachweisVorbereiten")
class NachweisVorbereiten implements JavaDelegate {

  private final Faelle faelle;
  private final NachweisVorbereitung vorbereitung;
  private final Vorjahresnachweise vorjahre;

  NachweisVorbereiten(Faelle faelle, NachweisVorbereitung vorbereitung, Vorjahresnachweise vorjahre) {
    this.faelle = faelle;
    this.vorbereitung = vorbereitung;
    this.vorjahre = vorjahre;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var v = vorbereitung.bereiteVor(faelle.kopf(execution));
    FOERDERFALL_NUMMER.setze(execution, v.kopf().nummer());
    GEBIETSKOERPERSCHAFT_NAME.setze(execution, v.kopf().gebietskoerperschaftName());
    JAHR.setze(execution, v.kopf().jahr());
    BESCHEID_AKTENZEICHEN.setze(execution, v.bescheid().aktenzeichen());
    BEWILLIGUNG_BIS.setze(execution, v.bescheid().bewilligungBis().toString());
    BEWILLIGUNGSZEITRAUM_ANZEIGE.setze(execution, v.bescheid().bewilligungVon().format(TT_MM_JJJJ) + " bis "
        + v.bescheid().bewilligungBis().format(TT_MM_JJJJ));
    ZAHLENMAESSIGER_NACHWEIS.setze(execution, NachweisAnzeige.zeilen(v.massnahmen()));
    BEWILLIGT_ANZEIGE.setze(execution, Geld.alsWaehrung(v.bewilligtCent()));
    AUSGEZAHLT_ANZEIGE.setze(execution, Geld.alsWaehrung(v.ausgezahltCent()));
    VN_FRIST_ANZEIGE.setze(execution, v.frist().format(TT_MM_JJJJ));
    var vorher = vorjahre.stand(v.kopf().nummer()); // accepted Zwischennachweise (ADR 13)
    ZwischennachweisVariablen.VORJAHRE.setze(execution, ZwischennachweisAnzeige.vorjahre(vorher.zeilen()));
    ZwischennachweisVariablen.VORJAHRE_ANZEIGE.setze(execution, vorher.leer() ? null : "Haushaltsjahre " + vorher.jahre()
        .stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ": Ausgaben "
        + Geld.alsWaehrung(vorher.ausgabenJeMassnahmeCent().values().stream().mapToLong(Long::longValue).sum()));
  }
}

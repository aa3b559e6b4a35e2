package de.hessen.aqb.nachweis.camunda;

import static de.hessen.aqb.nachweis.camunda.NachweisVariablen.ANLASS;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.nachweis.NachweisMails;
import de.hessen.aqb.nachweis.Rueckzahlungen;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "An die Zahlung erinnern" / "Mahnung versenden": reminder before the due day (stufe 0) or dunning letter n (the n-th
 * firing of the overdue timer); nothing when the claim is paid; a retried job sends nothing twice (ledger).
 */
@Component("zahlungErinnern")
class ZahlungErinnern implements JavaDelegate {

  private final Faelle faelle;
  private final Rueckzahlungen rueckzahlungen;
  private final NachweisMails mails;

  ZahlungErinnern(Faelle faelle, Rueckzahlungen rueckzahlungen, NachweisMails mails) {
    this.faelle = faelle;
    this.rueckzahlungen = rueckzahlungen;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var kopf = faelle.kopf(execution);
    String nummer = kopf.nummer();
    long offen = rueckzahlungen.offenHeuteCent(nummer);
    if (offen == 0) {
      return;
    }
    int stufe = "zahlung-faellig".equals(ANLASS.von(execution)) ? 0 : rueckzahlungen.mahnungen(nummer) + 1;
    if (rueckzahlungen.vermerkeMahnung(nummer, stufe, offen)) {
      mails.zahlungserinnerung(kopf, stufe, offen, rueckzahlungen.faelligAm(nummer));
    }
  }
}

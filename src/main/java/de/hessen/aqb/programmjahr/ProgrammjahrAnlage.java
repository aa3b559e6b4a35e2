package de.hessen.aqb.programmjahr;

import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.programmjahr.domain.Zuteilung;
import de.hessen.aqb.programmjahr.domain.Zuteilungsdatei;
import de.hessen.aqb.programmjahr.domain.Zuteilungsregeln;
import de.hessen.aqb.programmjahr.domain.Zuteilungszeile;
import de.hessen.aqb.referenz.Referenzdaten;
import de.hessen.aqb.zielvereinbarung.Zielvereinbarungen;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Use case "Programmjahr erfassen" (the ministry): reads the allocation from the form's text or the uploaded file,
 * checks it completely (Zuteilungsregeln) and stores it with the authenticated user as drafter. The state budget is the
 * one entered, else the configured one ({@code aqb.programmjahr.landesbudget-euro}).
 */
@Service
public class ProgrammjahrAnlage {

  /** A stored allocation and its id. */
  public record Erfasst(long id, Zuteilung zuteilung) {}

  /** Where the allocation came from: the form's text or a file (name and content). */
  public record Quelle(String text, String dateiname, byte[] datei) {}

  private final ProgrammjahrTabelle tabelle;
  private final Referenzdaten referenzdaten;
  private final Zielvereinbarungen zielvereinbarungen;
  private final Clock uhr;
  private final BigDecimal landesbudgetStandard;

  ProgrammjahrAnlage(ProgrammjahrTabelle tabelle, Referenzdaten referenzdaten, Zielvereinbarungen zielvereinbarungen, Clock uhr,
                     @Value("${aqb.programmjahr.landesbudget-euro:27700000}") BigDecimal landesbudgetStandard) {
    this.tabelle = tabelle;
    this.referenzdaten = referenzdaten;
    this.zielvereinbarungen = zielvereinbarungen;
    this.uhr = uhr;
    this.landesbudgetStandard = landesbudgetStandard;
  }

  public Erfasst erfasse(Integer jahr, BigDecimal landesbudget, Quelle quelle, String benutzer) {
    if (benutzer == null) {
      throw new UngueltigeEingabe("Ein Programmjahr kann nur eine angemeldete Person des Ministeriums erfassen.");
    }
    boolean mitDatei = quelle.datei() != null && quelle.dateiname() != null && !quelle.dateiname().isBlank();
    boolean mitText = quelle.text() != null && !quelle.text().isBlank();
    if (mitDatei && mitText) {
      throw new UngueltigeEingabe("Bitte die Zuteilung entweder eingeben oder als Datei hochladen, nicht beides. Es wurde nichts gestartet.");
    }
    List<Zuteilungszeile> zeilen = mitDatei ? Zuteilungsdatei.ausDatei(quelle.dateiname(), quelle.datei())
        : Zuteilungsdatei.ausText(quelle.text());
    Long budget = landesbudget == null ? Geld.inCent(landesbudgetStandard) : centOderNull(landesbudget);
    Zuteilung zuteilung = new Zuteilungsregeln(referenzdaten.alle())
        .pruefe(jahr, budget, zeilen, jahr != null && tabelle.aktivesJahr(jahr),
            jahr != null && zielvereinbarungen.vorlageVorhanden(jahr));
    try {
      long id = tabelle.speichere(zuteilung, mitDatei ? "Datei " + quelle.dateiname() : "Formular", benutzer, uhr.instant());
      return new Erfasst(id, zuteilung);
    } catch (DuplicateKeyException e) {
      throw new UngueltigeEingabe("Das Programmjahr " + jahr + " ist bereits gestartet; ein Jahr kann nur einmal gestartet werden.");
    }
  }

  public void verknuepfe(long id, String prozessinstanzId) {
    tabelle.verknuepfe(id, prozessinstanzId);
  }

  private static Long centOderNull(BigDecimal euro) {
    try {
      return Geld.inCent(euro);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

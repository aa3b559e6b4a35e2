package de.hessen.aqb.nachweis;

import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.foerderbudget.Mittelabrufe;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import de.hessen.aqb.nachweis.domain.Rueckzahlung;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payments received on the claim of a Schlussbescheid (aqb_rueckzahlung, V16) and the reminders and dunning letters
 * sent for it: the RP records each payment (date, amount) in the task "Zahlungseingang erfassen"; the claim is read
 * from the Nachweis's result, never from the form; the case closes when nothing is open.
 */
@Service
public class Rueckzahlungen {

  /** One recorded payment, for the task's list and the case file. */
  public record Zahlung(int lfd, LocalDate eingangAm, long betragCent, long verzugszinsenCent, long aufZinsenCent,
      long aufHauptforderungCent, long offenDanachCent, String erfasstVon) {}

  private final JdbcClient jdbc;
  private final NachweisPruefungen pruefungen;
  private final NachweisEigenschaften eigenschaften;
  private final NachweisFristen fristen;
  private final Mittelabrufe mittelabrufe;
  private final Clock uhr;

  Rueckzahlungen(JdbcClient jdbc, NachweisPruefungen pruefungen, NachweisEigenschaften eigenschaften, NachweisFristen fristen,
      Mittelabrufe mittelabrufe, Clock uhr) {
    this.jdbc = jdbc;
    this.pruefungen = pruefungen;
    this.eigenschaften = eigenschaften;
    this.fristen = fristen;
    this.mittelabrufe = mittelabrufe;
    this.uhr = uhr;
  }

  /** What is open now (before further interest of today), from the Schlussbescheid's claim and the payments so far. */
  @Transactional(readOnly = true)
  public Rueckzahlung.Stand stand(String nummer) {
    var ergebnis = pruefungen.ergebnis(nummer)
        .orElseThrow(() -> new IllegalStateException("Für den Förderfall " + nummer + " ist keine Forderung festgesetzt."));
    Rueckzahlung.Stand stand = new Rueckzahlung.Stand(ergebnis.rueckforderungCent(), ergebnis.zinsenCent() + ergebnis.zinsenAbs4Cent(),
        ergebnis.faelligAm());
    for (Zahlung z : zahlungen(nummer)) {
      long zinsen = stand.zinsenCent() + z.verzugszinsenCent() - z.aufZinsenCent();
      stand = new Rueckzahlung.Stand(stand.hauptforderungCent() - z.aufHauptforderungCent(), zinsen,
          z.eingangAm().isAfter(stand.verzinstBis()) ? z.eingangAm() : stand.verzinstBis());
    }
    return stand;
  }

  /** What would settle the claim today (with further interest after the due day). */
  @Transactional(readOnly = true)
  public long offenHeuteCent(String nummer) {
    return Rueckzahlung.offenAm(stand(nummer), fristen.heute(), eigenschaften.zinsberechnung());
  }

  public LocalDate faelligAm(String nummer) {
    return pruefungen.ergebnis(nummer).map(NachweisPruefungen.Ergebnis::faelligAm).orElseThrow();
  }

  /**
   * Records a payment under the case's lock. Refused in German, with nothing stored: a day in the future or before the
   * Schlussbescheid, an amount that is not positive or larger than what is open on its day, a case without an open claim.
   */
  @Transactional
  public Rueckzahlung.Buchung erfasse(Fallkopf kopf, LocalDate eingangAm, long betragCent, String von) {
    String nummer = kopf.nummer();
    mittelabrufe.sperre(nummer);
    if (eingangAm == null) {
      throw new UngueltigeEingabe("Bitte das Datum des Zahlungseingangs angeben.");
    }
    if (eingangAm.isAfter(fristen.heute())) {
      throw new UngueltigeEingabe("Der Zahlungseingang kann nicht in der Zukunft liegen.");
    }
    var ergebnis = pruefungen.ergebnis(nummer).orElseThrow(() -> new UngueltigeEingabe(
        "Für diesen Förderfall ist keine Rückforderung festgesetzt; ein Zahlungseingang kann nicht erfasst werden."));
    if (eingangAm.isBefore(ergebnis.bescheidDatum())) {
      throw new UngueltigeEingabe("Der Zahlungseingang kann nicht vor dem Schlussbescheid vom "
          + ergebnis.bescheidDatum().format(de.hessen.aqb.gemeinsam.Datumsanzeige.TT_MM_JJJJ) + " liegen.");
    }
    Rueckzahlung.Stand stand = stand(nummer);
    if (stand.bezahlt()) {
      throw new UngueltigeEingabe("Die Forderung ist bereits vollständig bezahlt.");
    }
    Rueckzahlung.Buchung b = Rueckzahlung.buche(stand, eingangAm, betragCent, eigenschaften.zinsberechnung());
    int lfd = zahlungen(nummer).size() + 1;
    jdbc.sql("""
        insert into aqb_rueckzahlung (foerderfall_nummer, lfd, eingang_am, betrag_cent, verzugszinsen_cent, auf_zinsen_cent,
          auf_hauptforderung_cent, offen_danach_cent, erfasst_von, erfasst_am) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(nummer, lfd, Date.valueOf(eingangAm), betragCent, b.verzugszinsenCent(), b.aufZinsenCent(), b.aufHauptforderungCent(),
            b.danach().offenCent(), von, Timestamp.from(Instant.now(uhr)))
        .update();
    return b;
  }

  public List<Zahlung> zahlungen(String nummer) {
    return jdbc.sql("""
        select lfd, eingang_am, betrag_cent, verzugszinsen_cent, auf_zinsen_cent, auf_hauptforderung_cent, offen_danach_cent,
          erfasst_von from aqb_rueckzahlung where foerderfall_nummer = ? order by lfd""")
        .param(nummer)
        .query((rs, i) -> new Zahlung(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            rs.getLong(6), rs.getLong(7), rs.getString(8)))
        .list();
  }

  /** Records that reminder (stufe 0) or dunning letter {@code stufe} was sent; false if it was already recorded (retry). */
  @Transactional
  public boolean vermerkeMahnung(String nummer, int stufe, long offenCent) {
    int vorhanden = jdbc.sql("select count(*) from aqb_rueckforderung_mahnung where foerderfall_nummer = ? and stufe = ?")
        .params(nummer, stufe).query(Integer.class).single();
    if (vorhanden > 0) {
      return false;
    }
    jdbc.sql("insert into aqb_rueckforderung_mahnung (foerderfall_nummer, stufe, am, offen_cent) values (?, ?, ?, ?)")
        .params(nummer, stufe, Timestamp.from(Instant.now(uhr)), offenCent).update();
    return true;
  }

  /** The number of dunning letters sent so far (reminder not counted). */
  public int mahnungen(String nummer) {
    return jdbc.sql("select count(*) from aqb_rueckforderung_mahnung where foerderfall_nummer = ? and stufe > 0")
        .param(nummer).query(Integer.class).single();
  }
}

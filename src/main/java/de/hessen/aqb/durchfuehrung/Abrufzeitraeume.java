package de.hessen.aqb.durchfuehrung;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The request period of each case's Durchführung (table aqb_abrufzeitraum): fixed once when the stage begins, read
 * by every check of a request; and who closed the stage. Written only by the stage's services.
 */
@Repository
class Abrufzeitraeume {

  private final JdbcClient jdbc;

  Abrufzeitraeume(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Fixes the period; idempotent (a retried step, or a second start, keeps the first). */
  void lege(String foerderfallNummer, String aktenzeichen, LocalDate letzterAbruftag, Instant jetzt) {
    if (letzterAbruftag(foerderfallNummer).isPresent()) {
      return;
    }
    jdbc.sql("""
        insert into aqb_abrufzeitraum (foerderfall_nummer, bescheid_aktenzeichen, letzter_abruftag, bestimmt_am)
        values (?, ?, ?, ?)""")
        .params(foerderfallNummer, aktenzeichen, Date.valueOf(letzterAbruftag), Timestamp.from(jetzt)).update();
  }

  /** Moves the period's last day (an Änderungsbescheid extended the Bewilligungszeitraum); only ever later. */
  void verlaengere(String foerderfallNummer, String aktenzeichen, LocalDate letzterAbruftag) {
    jdbc.sql("""
        update aqb_abrufzeitraum set letzter_abruftag = ?, bescheid_aktenzeichen = ?
        where foerderfall_nummer = ? and letzter_abruftag < ?""")
        .params(Date.valueOf(letzterAbruftag), aktenzeichen, foerderfallNummer, Date.valueOf(letzterAbruftag)).update();
  }

  Optional<LocalDate> letzterAbruftag(String foerderfallNummer) {
    return jdbc.sql("select letzter_abruftag from aqb_abrufzeitraum where foerderfall_nummer = ?").param(foerderfallNummer)
        .query((rs, i) -> rs.getDate(1).toLocalDate()).optional();
  }

  void schliesseAb(String foerderfallNummer, String von, Instant jetzt) {
    jdbc.sql("""
        update aqb_abrufzeitraum set abgeschlossen_von = ?, abgeschlossen_am = ?
        where foerderfall_nummer = ? and abgeschlossen_am is null""")
        .params(von, Timestamp.from(jetzt), foerderfallNummer).update();
  }
}

package de.hessen.aqb.nachweis;

import de.hessen.aqb.nachweis.domain.Beleg;
import de.hessen.aqb.nachweis.domain.Belegliste;
import de.hessen.aqb.nachweis.domain.NachweisPosition;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The submitted Verwendungsnachweise (aqb_verwendungsnachweis, aqb_vn_position, aqb_vn_beleg): written in the
 * transaction of the task "Verwendungsnachweis erstellen", so a rejected submission stores nothing. The granted amount
 * of every position is the ledger's, never the body's. The RP's steps are recorded by {@link NachweisPruefungen}.
 * Reports query the newest Fassung of a case.
 */
@Repository
public class Verwendungsnachweise {

  /** What the body submits (positions carry the ledger's grant). */
  public record Einreichung(String eingereichtVon, String durchfuehrung, String teilnehmende, String ergebnisse,
      String abweichungen, String dateiname, List<NachweisPosition> positionen, Belegliste belegliste) {}

  /** One stored position of a Fassung; {@code anerkanntCent} and {@code grund} are null before the rechnerische Prüfung. */
  public record Position(String massnahmeId, String name, long bewilligtCent, long ausgabenCent, long einnahmenCent,
      Long anerkanntCent, String grund) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate stapel;
  private final Clock uhr;

  Verwendungsnachweise(JdbcClient jdbc, JdbcTemplate stapel, Clock uhr) {
    this.jdbc = jdbc;
    this.stapel = stapel;
    this.uhr = uhr;
  }

  /** Stores a submission as the next Fassung and returns its number (1, 2, …). */
  public int speichere(String foerderfallNummer, Einreichung e) {
    int fassung = neuesteFassung(foerderfallNummer) + 1;
    jdbc.sql("""
        insert into aqb_verwendungsnachweis (foerderfall_nummer, fassung, eingereicht_am, eingereicht_von,
          sachbericht_durchfuehrung, sachbericht_teilnehmende, sachbericht_ergebnisse, sachbericht_abweichungen,
          belegliste_datei, summe_ausgaben_cent, summe_einnahmen_cent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(foerderfallNummer, fassung, Timestamp.from(Instant.now(uhr)), e.eingereichtVon(), e.durchfuehrung(),
            e.teilnehmende(), e.ergebnisse(), e.abweichungen(), e.dateiname(),
            e.positionen().stream().mapToLong(NachweisPosition::ausgabenCent).sum(),
            e.positionen().stream().mapToLong(NachweisPosition::einnahmenCent).sum())
        .update();
    for (NachweisPosition p : e.positionen()) {
      jdbc.sql("""
          insert into aqb_vn_position (foerderfall_nummer, fassung, massnahme_id, massnahme_name, bewilligt_cent, ausgaben_cent,
            einnahmen_cent) values (?, ?, ?, ?, ?, ?, ?)""")
          .params(foerderfallNummer, fassung, p.massnahmeId(), p.name(), p.bewilligtCent(), p.ausgabenCent(), p.einnahmenCent())
          .update();
    }
    // one batch: a Belegliste may have thousands of rows (ADR 9a)
    stapel.batchUpdate("""
        insert into aqb_vn_beleg (foerderfall_nummer, fassung, zeile, datum, zahlungsempfaenger, verwendungszweck, betrag_cent,
          massnahme_id, belegnummer) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        e.belegliste().belege().stream().map(b -> new Object[] {foerderfallNummer, fassung, b.zeile(), Date.valueOf(b.datum()),
            b.zahlungsempfaenger(), b.verwendungszweck(), b.betragCent(), b.massnahmeId(), b.belegnummer()}).toList());
    return fassung;
  }

  /** 0 when nothing was submitted yet. */
  public int neuesteFassung(String foerderfallNummer) {
    return jdbc.sql("select coalesce(max(fassung), 0) from aqb_verwendungsnachweis where foerderfall_nummer = ?")
        .param(foerderfallNummer).query(Integer.class).single();
  }

  /** Who submitted the newest Fassung. */
  public String eingereichtVon(String foerderfallNummer) {
    return jdbc.sql("select eingereicht_von from aqb_verwendungsnachweis where foerderfall_nummer = ? and fassung = ?")
        .params(foerderfallNummer, neuesteFassung(foerderfallNummer)).query(String.class).list().stream().findFirst().orElse(null);
  }

  /** The Belegliste of the newest Fassung, in date order. */
  public List<Beleg> belege(String foerderfallNummer) {
    return jdbc.sql("""
        select zeile, datum, zahlungsempfaenger, verwendungszweck, betrag_cent, massnahme_id, belegnummer from aqb_vn_beleg
        where foerderfall_nummer = ? and fassung = ? order by datum, zeile""")
        .params(foerderfallNummer, neuesteFassung(foerderfallNummer))
        .query((rs, i) -> new Beleg(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getLong(5),
            rs.getString(6), rs.getString(7)))
        .list();
  }

  /** The positions of the newest Fassung in the ledger's order of measures (by id). */
  public List<Position> positionenDerFassung(String foerderfallNummer) {
    return jdbc.sql("""
        select massnahme_id, massnahme_name, bewilligt_cent, ausgaben_cent, einnahmen_cent, anerkannt_cent, kuerzungsgrund
        from aqb_vn_position where foerderfall_nummer = ? and fassung = ? order by massnahme_id""")
        .params(foerderfallNummer, neuesteFassung(foerderfallNummer))
        .query((rs, i) -> new Position(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
            (Long) rs.getObject(6, Long.class), rs.getString(7)))
        .list();
  }

  /** The RP's figures of the newest Fassung: columns as named in the table (null before the check). */
  public Map<String, Object> ergebnis(String foerderfallNummer) {
    return jdbc.sql("""
        select fassung, eingereicht_von, sachlich_geprueft_von, rechnerisch_geprueft_von, summe_ausgaben_cent, ausgezahlt_cent,
          anerkannt_cent, rueckforderung_cent, zinsen_cent from aqb_verwendungsnachweis where foerderfall_nummer = ? and fassung = ?""")
        .params(foerderfallNummer, neuesteFassung(foerderfallNummer))
        .query().singleRow();
  }

  /** Recognised spending and reason per measure of the newest Fassung. */
  public List<Map<String, Object>> positionen(String foerderfallNummer) {
    return jdbc.sql("""
        select massnahme_id, massnahme_name, bewilligt_cent, ausgaben_cent, einnahmen_cent, anerkannt_cent, kuerzungsgrund
        from aqb_vn_position where foerderfall_nummer = ? and fassung = ? order by massnahme_id""")
        .params(foerderfallNummer, neuesteFassung(foerderfallNummer))
        .query().listOfRows();
  }
}

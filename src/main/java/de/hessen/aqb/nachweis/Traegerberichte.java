package de.hessen.aqb.nachweis;

import de.hessen.aqb.nachweis.domain.Beleg;
import de.hessen.aqb.nachweis.domain.Belegliste;
import de.hessen.aqb.nachweis.domain.Traegeranteil.Teil;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The providers' parts of the Verwendungsnachweis (aqb_traegerbericht, aqb_traegerbericht_massnahme,
 * aqb_traegerbericht_beleg; Flyway V15): written in the transaction of the provider's task, taken over by the body's
 * submission ({@code UEBERNOMMEN}, with the Fassung), after which they are the record and never change.
 */
@Repository
public class Traegerberichte {

  public static final String EINGEREICHT = "EINGEREICHT";
  public static final String UEBERNOMMEN = "UEBERNOMMEN";

  /** One provider's stored part. */
  public record Bericht(String traegerId, String traegerName, String status, String eingereichtVon, Integer uebernommenFassung,
      List<Teil> teile, List<Beleg> belege) {}

  private final JdbcClient jdbc;

  Traegerberichte(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores (or, while not taken over, replaces) a provider's part. */
  void speichere(String nummer, String traegerId, String traegerName, String von, Instant am, String datei, List<Teil> teile,
      Belegliste belegliste) {
    jdbc.sql("delete from aqb_traegerbericht_beleg where foerderfall_nummer = ? and traeger_id = ?").params(nummer, traegerId).update();
    jdbc.sql("delete from aqb_traegerbericht_massnahme where foerderfall_nummer = ? and traeger_id = ?").params(nummer, traegerId).update();
    jdbc.sql("delete from aqb_traegerbericht where foerderfall_nummer = ? and traeger_id = ? and status = ?")
        .params(nummer, traegerId, EINGEREICHT).update();
    jdbc.sql("""
        insert into aqb_traegerbericht (foerderfall_nummer, traeger_id, traeger_name, status, eingereicht_von, eingereicht_am,
          belegliste_datei) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(nummer, traegerId, traegerName, EINGEREICHT, von, Timestamp.from(am), datei).update();
    for (Teil t : teile) {
      jdbc.sql("""
          insert into aqb_traegerbericht_massnahme (foerderfall_nummer, massnahme_id, traeger_id, massnahme_name, bewilligt_cent,
            teilnehmende_geplant, teilnehmende_erreicht, ergebnisse, abweichungen, ausgaben_cent, einnahmen_cent)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(nummer, t.massnahmeId(), traegerId, t.name(), t.bewilligtCent(), t.teilnehmendeGeplant(), t.teilnehmendeErreicht(),
              t.ergebnisse(), t.abweichungen(), t.ausgabenCent(), t.einnahmenCent())
          .update();
    }
    for (Beleg b : belegliste.belege()) {
      jdbc.sql("""
          insert into aqb_traegerbericht_beleg (foerderfall_nummer, traeger_id, zeile, datum, zahlungsempfaenger, verwendungszweck,
            betrag_cent, massnahme_id) values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(nummer, traegerId, b.zeile(), Date.valueOf(b.datum()), b.zahlungsempfaenger(), b.verwendungszweck(),
              b.betragCent(), b.massnahmeId())
          .update();
    }
  }

  public Optional<String> status(String nummer, String traegerId) {
    return jdbc.sql("select status from aqb_traegerbericht where foerderfall_nummer = ? and traeger_id = ?")
        .params(nummer, traegerId).query(String.class).optional();
  }

  /** Every provider's part of the case, in the order of the provider ids. */
  public List<Bericht> berichte(String nummer) {
    return jdbc.sql("""
        select traeger_id, traeger_name, status, eingereicht_von, uebernommen_fassung from aqb_traegerbericht
        where foerderfall_nummer = ? order by traeger_id""").param(nummer)
        .query((rs, i) -> new Bericht(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            (Integer) rs.getObject(5, Integer.class), teile(nummer, rs.getString(1)), belege(nummer, rs.getString(1))))
        .list();
  }

  private List<Teil> teile(String nummer, String traegerId) {
    return jdbc.sql("""
        select massnahme_id, massnahme_name, bewilligt_cent, teilnehmende_geplant, teilnehmende_erreicht, ergebnisse, abweichungen,
          ausgaben_cent, einnahmen_cent from aqb_traegerbericht_massnahme where foerderfall_nummer = ? and traeger_id = ?
        order by massnahme_id""").params(nummer, traegerId)
        .query((rs, i) -> new Teil(rs.getString(1), rs.getString(2), rs.getLong(3), (Integer) rs.getObject(4, Integer.class),
            rs.getInt(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9)))
        .list();
  }

  private List<Beleg> belege(String nummer, String traegerId) {
    return jdbc.sql("""
        select zeile, datum, zahlungsempfaenger, verwendungszweck, betrag_cent, massnahme_id from aqb_traegerbericht_beleg
        where foerderfall_nummer = ? and traeger_id = ? order by datum, zeile""").params(nummer, traegerId)
        .query((rs, i) -> new Beleg(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getLong(5),
            rs.getString(6)))
        .list();
  }

  /**
   * The body's submission took the parts over: they belong to this Fassung now; the body's participants and the origin
   * of each Beleg are noted with it (provider {@code k} of {@link #berichte} submitted the rows numbered from k·100.000).
   */
  void uebernimm(String nummer, int fassung, Integer teilnehmendeErreicht, Instant am) {
    jdbc.sql("""
        update aqb_traegerbericht set status = ?, uebernommen_fassung = ?, uebernommen_am = ?
        where foerderfall_nummer = ? and status = ?""")
        .params(UEBERNOMMEN, fassung, Timestamp.from(am), nummer, EINGEREICHT).update();
    jdbc.sql("update aqb_traegerbericht set uebernommen_fassung = ? where foerderfall_nummer = ?").params(fassung, nummer).update();
    jdbc.sql("update aqb_verwendungsnachweis set teilnehmende_erreicht = ? where foerderfall_nummer = ? and fassung = ?")
        .params(teilnehmendeErreicht, nummer, fassung).update();
    List<Bericht> berichte = berichte(nummer);
    for (int k = 0; k < berichte.size(); k++) {
      jdbc.sql("""
          update aqb_vn_beleg set traeger_id = ? where foerderfall_nummer = ? and fassung = ? and zeile >= ? and zeile < ?""")
          .params(berichte.get(k).traegerId(), nummer, fassung, Traegeranteile.zeilenBeginn(k), Traegeranteile.zeilenBeginn(k + 1))
          .update();
    }
  }
}

package de.hessen.aqb.nachweis;

import de.hessen.aqb.nachweis.domain.Beleg;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Zwischennachweise of the cases (Flyway V12): requested per case and Haushaltsjahr, each submission a Fassung with
 * its figures per measure and its Belege, the RP's Nachforderungen and acceptance. Written only by the stage's services
 * in the transaction of the step, so a refused submission stores nothing.
 */
@Repository
public class Zwischennachweise {

  public static final String ANGEFORDERT = "ANGEFORDERT";
  public static final String EINGEREICHT = "EINGEREICHT";
  public static final String NACHGEFORDERT = "NACHGEFORDERT";
  public static final String ANGENOMMEN = "ANGENOMMEN";

  /** The head row of one Zwischennachweis. */
  public record Eintrag(int jahr, LocalDate frist, String status, int fassung, String geprueftVon, LocalDateTime geprueftAm) {}

  /** One measure of a Fassung: planned (the ledger's grant for the year), actual (Belege), paid in the year. */
  public record Position(String massnahmeId, String name, long geplantCent, long ausgabenCent, long ausgezahltCent) {}

  /** A submission: who, Sachbericht, file name, positions and Belege. */
  public record Einreichung(String von, String sachbericht, String dateiname, List<Position> positionen, List<Beleg> belege) {}

  public record Nachforderung(int runde, int fassung, String text, String von, LocalDateTime am) {}

  private final JdbcClient jdbc;
  private final Clock uhr;

  Zwischennachweise(JdbcClient jdbc, Clock uhr) {
    this.jdbc = jdbc;
    this.uhr = uhr;
  }

  public void legeAn(String nummer, int jahr, String prozessInstanz, LocalDate frist) {
    jdbc.sql("""
        insert into aqb_zwischennachweis (foerderfall_nummer, haushaltsjahr, prozess_instanz, angefordert_am, frist, status)
        values (?, ?, ?, ?, ?, ?)""")
        .params(nummer, jahr, prozessInstanz, jetzt(), Date.valueOf(frist), ANGEFORDERT).update();
  }

  /** The Haushaltsjahr of the Zwischennachweis a process instance runs. */
  public int jahrDerInstanz(String prozessInstanz) {
    return jdbc.sql("select haushaltsjahr from aqb_zwischennachweis where prozess_instanz = ?").param(prozessInstanz)
        .query(Integer.class).optional().orElseThrow(() -> new IllegalStateException(
            "Die Prozessinstanz " + prozessInstanz + " führt keinen angeforderten Zwischennachweis."));
  }

  /** The years of the case for which a Zwischennachweis was requested. */
  public Set<Integer> jahre(String nummer) {
    return new TreeSet<>(jdbc.sql("select haushaltsjahr from aqb_zwischennachweis where foerderfall_nummer = ?").param(nummer)
        .query(Integer.class).list());
  }

  public Optional<Eintrag> eintrag(String nummer, int jahr) {
    return jdbc.sql("""
        select haushaltsjahr, frist, status, fassung, geprueft_von, geprueft_am from aqb_zwischennachweis
        where foerderfall_nummer = ? and haushaltsjahr = ?""")
        .params(nummer, jahr)
        .query((rs, i) -> new Eintrag(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getInt(4), rs.getString(5),
            rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime()))
        .optional();
  }

  /** Stores a submission as the next Fassung (status EINGEREICHT) and returns its number. */
  public int speichere(String nummer, int jahr, Einreichung e) {
    int fassung = eintrag(nummer, jahr).orElseThrow().fassung() + 1;
    jdbc.sql("""
        insert into aqb_zn_fassung (foerderfall_nummer, haushaltsjahr, fassung, eingereicht_von, eingereicht_am, sachbericht,
          belegliste_datei, summe_geplant_cent, summe_ausgaben_cent) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(nummer, jahr, fassung, e.von(), jetzt(), e.sachbericht(), e.dateiname(),
            e.positionen().stream().mapToLong(Position::geplantCent).sum(), e.positionen().stream().mapToLong(Position::ausgabenCent).sum())
        .update();
    for (Position p : e.positionen()) {
      jdbc.sql("""
          insert into aqb_zn_position (foerderfall_nummer, haushaltsjahr, fassung, massnahme_id, massnahme_name, geplant_cent,
            ausgaben_cent, ausgezahlt_cent) values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(nummer, jahr, fassung, p.massnahmeId(), p.name(), p.geplantCent(), p.ausgabenCent(), p.ausgezahltCent()).update();
    }
    for (Beleg b : e.belege()) {
      jdbc.sql("""
          insert into aqb_zn_beleg (foerderfall_nummer, haushaltsjahr, fassung, zeile, datum, zahlungsempfaenger, verwendungszweck,
            betrag_cent, massnahme_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(nummer, jahr, fassung, b.zeile(), Date.valueOf(b.datum()), b.zahlungsempfaenger(), b.verwendungszweck(),
              b.betragCent(), b.massnahmeId()).update();
    }
    status(nummer, jahr, EINGEREICHT, fassung, null);
    return fassung;
  }

  public void nachfordern(String nummer, int jahr, String text, String von) {
    Eintrag e = eintrag(nummer, jahr).orElseThrow();
    jdbc.sql("""
        insert into aqb_zn_nachforderung (foerderfall_nummer, haushaltsjahr, runde, fassung, text, von, am) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(nummer, jahr, nachforderungen(nummer, jahr).size() + 1, e.fassung(), text, von, jetzt()).update();
    status(nummer, jahr, NACHGEFORDERT, e.fassung(), von);
  }

  public void nimmAn(String nummer, int jahr, String von) {
    status(nummer, jahr, ANGENOMMEN, eintrag(nummer, jahr).orElseThrow().fassung(), von);
  }

  public List<Nachforderung> nachforderungen(String nummer, int jahr) {
    return jdbc.sql("""
        select runde, fassung, text, von, am from aqb_zn_nachforderung where foerderfall_nummer = ? and haushaltsjahr = ? order by runde""")
        .params(nummer, jahr)
        .query((rs, i) -> new Nachforderung(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toLocalDateTime()))
        .list();
  }

  /** The positions of the newest Fassung, by measure id. */
  public List<Position> positionen(String nummer, int jahr) {
    return jdbc.sql("""
        select p.massnahme_id, p.massnahme_name, p.geplant_cent, p.ausgaben_cent, p.ausgezahlt_cent from aqb_zn_position p
        join aqb_zwischennachweis z on z.foerderfall_nummer = p.foerderfall_nummer and z.haushaltsjahr = p.haushaltsjahr
          and z.fassung = p.fassung
        where p.foerderfall_nummer = ? and p.haushaltsjahr = ? order by p.massnahme_id""")
        .params(nummer, jahr)
        .query((rs, i) -> new Position(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).list();
  }

  /** The Belege of the newest Fassung, in date order. */
  public List<Beleg> belege(String nummer, int jahr) {
    return jdbc.sql("""
        select b.zeile, b.datum, b.zahlungsempfaenger, b.verwendungszweck, b.betrag_cent, b.massnahme_id from aqb_zn_beleg b
        join aqb_zwischennachweis z on z.foerderfall_nummer = b.foerderfall_nummer and z.haushaltsjahr = b.haushaltsjahr
          and z.fassung = b.fassung
        where b.foerderfall_nummer = ? and b.haushaltsjahr = ? order by b.datum, b.zeile""")
        .params(nummer, jahr)
        .query((rs, i) -> new Beleg(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getLong(5),
            rs.getString(6)))
        .list();
  }

  /** The Sachbericht of the newest Fassung. */
  public Optional<String> sachbericht(String nummer, int jahr) {
    return jdbc.sql("""
        select f.sachbericht from aqb_zn_fassung f join aqb_zwischennachweis z on z.foerderfall_nummer = f.foerderfall_nummer
          and z.haushaltsjahr = f.haushaltsjahr and z.fassung = f.fassung where f.foerderfall_nummer = ? and f.haushaltsjahr = ?""")
        .params(nummer, jahr).query(String.class).optional();
  }

  /**
   * The years whose Zwischennachweis the final Verwendungsnachweis builds on: accepted before the final one was first
   * submitted (or accepted at all, while it is not), so the answer never changes between two Fassungen of the final one.
   */
  public Set<Integer> nachgewieseneJahre(String nummer) {
    return new TreeSet<>(jdbc.sql("""
        select haushaltsjahr from aqb_zwischennachweis z where foerderfall_nummer = ? and status = 'ANGENOMMEN'
          and not exists (select 1 from aqb_verwendungsnachweis v where v.foerderfall_nummer = z.foerderfall_nummer
            and v.eingereicht_am <= z.geprueft_am)""")
        .param(nummer).query(Integer.class).list());
  }

  private void status(String nummer, int jahr, String status, int fassung, String von) {
    jdbc.sql("""
        update aqb_zwischennachweis set status = ?, fassung = ?, geprueft_von = ?, geprueft_am = ?
        where foerderfall_nummer = ? and haushaltsjahr = ?""")
        .params(status, fassung, von, von == null ? null : jetzt(), nummer, jahr).update();
  }

  private Timestamp jetzt() {
    return Timestamp.from(Instant.now(uhr));
  }
}

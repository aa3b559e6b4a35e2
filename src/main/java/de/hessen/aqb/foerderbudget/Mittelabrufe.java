package de.hessen.aqb.foerderbudget;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Mittelabrufe of a case and what was paid on them (table aqb_mittelabruf). The invariant "Σ paid ≤ Σ granted"
 * is checked again here, under a lock on the case's register row, so two bookings cannot both pass it.
 */
@Repository
public class Mittelabrufe {

  public enum Status { OFFEN, AUSGEZAHLT, GEKUERZT, ABGELEHNT }

  public record Mittelabruf(int nummer, long angefordertCent, LocalDate bedarfBis, String verwendungszweck,
      String angefordertVon, Instant angefordertAm, Status status, long ausgezahltCent, String geprueftVon,
      Instant entschiedenAm, String begruendung) {

    /** The day the money was paid (the decision's day), empty while open or when refused. */
    public Optional<LocalDate> auszahlungstag() {
      return ausgezahltCent > 0 && entschiedenAm != null
          ? Optional.of(entschiedenAm.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate()) : Optional.empty();
    }
  }

  private final JdbcClient jdbc;
  private final Foerderbudget budget;

  Mittelabrufe(JdbcClient jdbc, Foerderbudget budget) {
    this.jdbc = jdbc;
    this.budget = budget;
  }

  /** Records a request as OFFEN. Idempotent per (case, number): a retried step records it once. */
  public void erfasse(String foerderfallNummer, int nummer, long angefordertCent, LocalDate bedarfBis, String zweck,
      String von) {
    if (abruf(foerderfallNummer, nummer).isPresent()) {
      return;
    }
    jdbc.sql("""
        insert into aqb_mittelabruf (foerderfall_nummer, abruf_nummer, angefordert_cent, bedarf_bis, verwendungszweck,
          angefordert_von, angefordert_am, status) values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(foerderfallNummer, nummer, angefordertCent, Date.valueOf(bedarfBis), zweck, von, Timestamp.from(Instant.now()),
            Status.OFFEN.name())
        .update();
  }

  /**
   * Books the RP's decision on an open request. Idempotent: a decided request stays as it is. Refuses (with an
   * exception that becomes an incident) a payment that would exceed the amount granted.
   */
  public void entscheide(String foerderfallNummer, int nummer, Status status, long ausgezahltCent, String von,
      String begruendung) {
    // serialise bookings of one case
    jdbc.sql("select nummer from aqb_foerderfall where nummer = ? for update").param(foerderfallNummer).query(String.class).optional();
    Mittelabruf abruf = abruf(foerderfallNummer, nummer)
        .orElseThrow(() -> new IllegalStateException("Mittelabruf " + nummer + " des Förderfalls " + foerderfallNummer + " fehlt"));
    if (abruf.status() != Status.OFFEN) {
      return;
    }
    long nachher = summeAusgezahltCent(foerderfallNummer) + ausgezahltCent;
    if (nachher > budget.summeBewilligtCent(foerderfallNummer)) {
      throw new IllegalStateException("Auszahlung überschreitet die Bewilligung des Förderfalls " + foerderfallNummer);
    }
    jdbc.sql("""
        update aqb_mittelabruf set status = ?, ausgezahlt_cent = ?, geprueft_von = ?, entschieden_am = ?, begruendung = ?
        where foerderfall_nummer = ? and abruf_nummer = ? and status = 'OFFEN'""")
        .params(status.name(), ausgezahltCent, von, Timestamp.from(Instant.now()), begruendung, foerderfallNummer, nummer)
        .update();
  }

  private static final String SPALTEN = """
      select abruf_nummer, angefordert_cent, bedarf_bis, verwendungszweck, angefordert_von, angefordert_am, status,
        ausgezahlt_cent, geprueft_von, entschieden_am, begruendung from aqb_mittelabruf where foerderfall_nummer = ?""";

  public Optional<Mittelabruf> abruf(String foerderfallNummer, int nummer) {
    return jdbc.sql(SPALTEN + " and abruf_nummer = ?").params(foerderfallNummer, nummer).query(Mittelabrufe::zeile).optional();
  }

  /** All requests of a case, oldest first. */
  public List<Mittelabruf> alle(String foerderfallNummer) {
    return jdbc.sql(SPALTEN + " order by abruf_nummer").param(foerderfallNummer).query(Mittelabrufe::zeile).list();
  }

  private static Mittelabruf zeile(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Mittelabruf(rs.getInt(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
        rs.getTimestamp(6).toInstant(), Status.valueOf(rs.getString(7)), rs.getLong(8), rs.getString(9),
        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), rs.getString(11));
  }

  public int naechsteNummer(String foerderfallNummer) {
    return jdbc.sql("select coalesce(max(abruf_nummer), 0) + 1 from aqb_mittelabruf where foerderfall_nummer = ?")
        .param(foerderfallNummer).query(Integer.class).single();
  }

  /** Σ paid for the case. */
  public long summeAusgezahltCent(String foerderfallNummer) {
    return jdbc.sql("select coalesce(sum(ausgezahlt_cent), 0) from aqb_mittelabruf where foerderfall_nummer = ?")
        .param(foerderfallNummer).query(Long.class).single();
  }

  /** Σ requested and not yet decided. */
  public long summeOffenCent(String foerderfallNummer) {
    return jdbc.sql("select coalesce(sum(angefordert_cent), 0) from aqb_mittelabruf where foerderfall_nummer = ? and status = 'OFFEN'")
        .param(foerderfallNummer).query(Long.class).single();
  }
}

package de.hessen.aqb.foerderbudget;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
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

  /** The RP's decision on an open request, recorded but not yet booked. */
  public record Entscheidung(int abrufNummer, Status status, long auszahlungCent) {}

  private final JdbcClient jdbc;
  private final Foerderbudget budget;
  private final Clock uhr;

  Mittelabrufe(JdbcClient jdbc, Foerderbudget budget, Clock uhr) {
    this.jdbc = jdbc;
    this.budget = budget;
    this.uhr = uhr;
  }

  /**
   * Locks the case's register row until the end of the transaction: requests and bookings of one case run one after
   * the other. A case missing from the register is an error, never an unlocked booking.
   */
  public void sperre(String foerderfallNummer) {
    jdbc.sql("select nummer from aqb_foerderfall where nummer = ? for update").param(foerderfallNummer).query(String.class)
        .optional().orElseThrow(() -> new IllegalStateException("Der Förderfall " + foerderfallNummer
            + " ist nicht im Register; ohne Sperre wird nichts gebucht."));
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
        .params(foerderfallNummer, nummer, angefordertCent, Date.valueOf(bedarfBis), zweck, von, Timestamp.from(uhr.instant()),
            Status.OFFEN.name())
        .update();
  }

  /** Records the RP's decision on the open request {@code nummer} (who, when, why); pays nothing yet. */
  public void halteEntscheidungFest(String foerderfallNummer, int nummer, Status status, long auszahlungCent, String von,
      String begruendung) {
    int geaendert = jdbc.sql("""
        update aqb_mittelabruf set entscheidung = ?, auszahlung_cent = ?, geprueft_von = ?, entschieden_am = ?, begruendung = ?
        where foerderfall_nummer = ? and abruf_nummer = ? and status = 'OFFEN'""")
        .params(status.name(), auszahlungCent, von, Timestamp.from(uhr.instant()), begruendung, foerderfallNummer, nummer)
        .update();
    if (geaendert != 1) {
      throw new IllegalStateException("Mittelabruf " + nummer + " des Förderfalls " + foerderfallNummer + " ist nicht offen");
    }
  }

  /** The decision recorded on the case's open request, waiting to be booked; empty if there is none. */
  public Optional<Entscheidung> festgehalteneEntscheidung(String foerderfallNummer) {
    return jdbc.sql("""
        select abruf_nummer, entscheidung, auszahlung_cent from aqb_mittelabruf
        where foerderfall_nummer = ? and status = 'OFFEN' and entscheidung is not null""")
        .param(foerderfallNummer)
        .query((rs, i) -> new Entscheidung(rs.getInt(1), Status.valueOf(rs.getString(2)), rs.getLong(3))).optional();
  }

  /**
   * Books the decision recorded on request {@code nummer}, under the case's lock. Idempotent: a booked request stays
   * as it is. Refuses (an exception that becomes an incident) a payment that would exceed the amount granted.
   */
  public void bucheEntscheidung(String foerderfallNummer, int nummer) {
    sperre(foerderfallNummer);
    Mittelabruf abruf = abruf(foerderfallNummer, nummer)
        .orElseThrow(() -> new IllegalStateException("Mittelabruf " + nummer + " des Förderfalls " + foerderfallNummer + " fehlt"));
    if (abruf.status() != Status.OFFEN) {
      return;
    }
    Entscheidung entscheidung = festgehalteneEntscheidung(foerderfallNummer).filter(e -> e.abrufNummer() == nummer)
        .orElseThrow(() -> new IllegalStateException("Über Mittelabruf " + nummer + " des Förderfalls " + foerderfallNummer
            + " ist noch nicht entschieden"));
    long nachher = summeAusgezahltCent(foerderfallNummer) + entscheidung.auszahlungCent();
    if (nachher > budget.summeBewilligtCent(foerderfallNummer)) {
      throw new IllegalStateException("Auszahlung überschreitet die Bewilligung des Förderfalls " + foerderfallNummer);
    }
    jdbc.sql("""
        update aqb_mittelabruf set status = entscheidung, ausgezahlt_cent = auszahlung_cent
        where foerderfall_nummer = ? and abruf_nummer = ? and status = 'OFFEN'""")
        .params(foerderfallNummer, nummer).update();
  }

  /** Records and books a decision in one step (as the RP's check and the payment step do one after the other). */
  public void entscheide(String foerderfallNummer, int nummer, Status status, long ausgezahltCent, String von,
      String begruendung) {
    sperre(foerderfallNummer);
    if (abruf(foerderfallNummer, nummer).map(a -> a.status() != Status.OFFEN).orElse(false)) {
      return;
    }
    halteEntscheidungFest(foerderfallNummer, nummer, status, ausgezahltCent, von, begruendung);
    bucheEntscheidung(foerderfallNummer, nummer);
  }

  private static final String SPALTEN = """
      select abruf_nummer, angefordert_cent, bedarf_bis, verwendungszweck, angefordert_von, angefordert_am, status,
        ausgezahlt_cent, geprueft_von, entschieden_am, begruendung from aqb_mittelabruf where foerderfall_nummer = ?""";

  public Optional<Mittelabruf> abruf(String foerderfallNummer, int nummer) {
    return jdbc.sql(SPALTEN + " and abruf_nummer = ?").params(foerderfallNummer, nummer).query(Mittelabrufe::zeile).optional();
  }

  /** The case's request waiting for the RP's decision (at most one: the process asks one at a time). */
  public Optional<Mittelabruf> offenerAbruf(String foerderfallNummer) {
    List<Mittelabruf> offen = jdbc.sql(SPALTEN + " and status = 'OFFEN' order by abruf_nummer").param(foerderfallNummer)
        .query(Mittelabrufe::zeile).list();
    if (offen.size() > 1) {
      throw new IllegalStateException("Der Förderfall " + foerderfallNummer + " hat " + offen.size() + " offene Mittelabrufe");
    }
    return offen.stream().findFirst();
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

package de.hessen.aqb.foerderbudget;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The Mittelabrufe of a case, per measure, and what was paid on them (aqb_mittelabruf, aqb_mittelabruf_posten). A
 * decision is checked and booked in one step under a lock on the case's register row, against the amounts granted at
 * that moment: per measure paid ≤ granted, in total paid ≤ granted — two decisions, or a decision and an
 * Änderungsbescheid, of one case never pass the check at the same time, on any number of application nodes.
 */
@Repository
public class Mittelabrufe {

  public enum Status { OFFEN, AUSGEZAHLT, GEKUERZT, ABGELEHNT }

  public record Mittelabruf(int nummer, long angefordertCent, LocalDate bedarfBis, String verwendungszweck,
      String angefordertVon, Instant angefordertAm, Status status, long ausgezahltCent, String geprueftVon,
      Instant entschiedenAm, String begruendung, String verwendungBisher) {

    /** The day the money was paid (the decision's day), empty while open or when refused. */
    public Optional<LocalDate> auszahlungstag() {
      return ausgezahltCent > 0 && entschiedenAm != null
          ? Optional.of(entschiedenAm.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate()) : Optional.empty();
    }
  }

  /** One measure of a request: requested and paid. */
  public record Posten(String massnahmeId, long angefordertCent, long ausgezahltCent) {}

  private final JdbcClient jdbc;
  private final Foerderbudget budget;
  private final Clock uhr;

  Mittelabrufe(JdbcClient jdbc, Foerderbudget budget, Clock uhr) {
    this.jdbc = jdbc;
    this.budget = budget;
    this.uhr = uhr;
  }

  /**
   * Locks the case's register row until the end of the transaction: requests, decisions and Änderungsbescheide of one
   * case run one after the other. A case missing from the register is an error, never an unlocked booking.
   */
  public void sperre(String foerderfallNummer) {
    jdbc.sql("select nummer from aqb_foerderfall where nummer = ? for update").param(foerderfallNummer).query(String.class)
        .optional().orElseThrow(() -> new IllegalStateException("Der Förderfall " + foerderfallNummer
            + " ist nicht im Register; ohne Sperre wird nichts gebucht."));
  }

  /** Records a request as OFFEN with its amounts per measure (call under {@link #sperre}); returns its number. */
  public int erfasse(String foerderfallNummer, Map<String, Long> angefordertJeMassnahme, LocalDate bedarfBis, String zweck,
      String verwendungBisher, String von) {
    int nummer = naechsteNummer(foerderfallNummer);
    long summe = angefordertJeMassnahme.values().stream().mapToLong(Long::longValue).sum();
    jdbc.sql("""
        insert into aqb_mittelabruf (foerderfall_nummer, abruf_nummer, angefordert_cent, bedarf_bis, verwendungszweck,
          verwendung_bisher, angefordert_von, angefordert_am, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(foerderfallNummer, nummer, summe, Date.valueOf(bedarfBis), zweck, verwendungBisher, von,
            Timestamp.from(uhr.instant()), Status.OFFEN.name())
        .update();
    angefordertJeMassnahme.forEach((massnahme, cent) -> jdbc.sql("""
        insert into aqb_mittelabruf_posten (foerderfall_nummer, abruf_nummer, massnahme_id, angefordert_cent)
        values (?, ?, ?, ?)""").params(foerderfallNummer, nummer, massnahme, cent).update());
    return nummer;
  }

  /**
   * Checks and books the RP's decision on the open request {@code nummer}, under the case's lock: each measure's
   * payment within what it requested and within what the measure still has (granted now − paid), the total within
   * the case's grant. A request already decided stays as it is (the same form sent twice pays once).
   *
   * @param auszahlungJeMassnahme the amount to pay per measure (0 or absent when refused)
   * @return false if the request had already been decided
   */
  public boolean entscheide(String foerderfallNummer, int nummer, Status status, Map<String, Long> auszahlungJeMassnahme,
      String von, String begruendung) {
    sperre(foerderfallNummer);
    Mittelabruf abruf = abruf(foerderfallNummer, nummer).orElseThrow(() -> new IllegalStateException(
        "Mittelabruf " + nummer + " des Förderfalls " + foerderfallNummer + " fehlt"));
    if (abruf.status() != Status.OFFEN) {
      return false;
    }
    pruefeGegenBewilligung(foerderfallNummer, nummer, auszahlungJeMassnahme);
    long summe = auszahlungJeMassnahme.values().stream().mapToLong(Long::longValue).sum();
    auszahlungJeMassnahme.forEach((massnahme, cent) -> jdbc.sql("""
        update aqb_mittelabruf_posten set ausgezahlt_cent = ?
        where foerderfall_nummer = ? and abruf_nummer = ? and massnahme_id = ?""")
        .params(cent, foerderfallNummer, nummer, massnahme).update());
    jdbc.sql("""
        update aqb_mittelabruf set status = ?, entscheidung = ?, auszahlung_cent = ?, ausgezahlt_cent = ?, geprueft_von = ?,
          entschieden_am = ?, begruendung = ? where foerderfall_nummer = ? and abruf_nummer = ? and status = 'OFFEN'""")
        .params(status.name(), status.name(), summe, summe, von, Timestamp.from(uhr.instant()), begruendung,
            foerderfallNummer, nummer)
        .update();
    return true;
  }

  private void pruefeGegenBewilligung(String foerderfallNummer, int nummer, Map<String, Long> auszahlung) {
    Map<String, Long> angefordert = new LinkedHashMap<>();
    posten(foerderfallNummer, nummer).forEach(p -> angefordert.put(p.massnahmeId(), p.angefordertCent()));
    Auszahlungsgrenzen.pruefe(auszahlung, angefordert, budget.bewilligtJeMassnahme(foerderfallNummer),
        ausgezahltJeMassnahme(foerderfallNummer),
        budget.summeBewilligtCent(foerderfallNummer) - summeAusgezahltCent(foerderfallNummer));
  }

  private static final String SPALTEN = """
      select abruf_nummer, angefordert_cent, bedarf_bis, verwendungszweck, angefordert_von, angefordert_am, status,
        ausgezahlt_cent, geprueft_von, entschieden_am, begruendung, verwendung_bisher from aqb_mittelabruf
      where foerderfall_nummer = ?""";

  public Optional<Mittelabruf> abruf(String foerderfallNummer, int nummer) {
    return jdbc.sql(SPALTEN + " and abruf_nummer = ?").params(foerderfallNummer, nummer).query(Mittelabrufe::zeile).optional();
  }

  /** All requests of a case, oldest first. */
  public List<Mittelabruf> alle(String foerderfallNummer) {
    return jdbc.sql(SPALTEN + " order by abruf_nummer").param(foerderfallNummer).query(Mittelabrufe::zeile).list();
  }

  /** The measures of one request, in the order they were recorded. */
  public List<Posten> posten(String foerderfallNummer, int nummer) {
    return jdbc.sql("""
        select massnahme_id, angefordert_cent, ausgezahlt_cent from aqb_mittelabruf_posten
        where foerderfall_nummer = ? and abruf_nummer = ? order by massnahme_id""")
        .params(foerderfallNummer, nummer).query((rs, i) -> new Posten(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
  }

  private static Mittelabruf zeile(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Mittelabruf(rs.getInt(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
        rs.getTimestamp(6).toInstant(), Status.valueOf(rs.getString(7)), rs.getLong(8), rs.getString(9),
        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), rs.getString(11), rs.getString(12));
  }

  private int naechsteNummer(String foerderfallNummer) {
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

  /** Paid per measure (booked decisions). */
  public Map<String, Long> ausgezahltJeMassnahme(String foerderfallNummer) {
    return jeMassnahme(foerderfallNummer, "p.ausgezahlt_cent", "");
  }

  /** Requested and not yet decided, per measure. */
  public Map<String, Long> offenJeMassnahme(String foerderfallNummer) {
    return jeMassnahme(foerderfallNummer, "p.angefordert_cent", " and a.status = 'OFFEN'");
  }

  private Map<String, Long> jeMassnahme(String foerderfallNummer, String spalte, String bedingung) {
    Map<String, Long> summen = new LinkedHashMap<>();
    jdbc.sql("select p.massnahme_id, sum(" + spalte + ") from aqb_mittelabruf_posten p join aqb_mittelabruf a"
            + " on a.foerderfall_nummer = p.foerderfall_nummer and a.abruf_nummer = p.abruf_nummer"
            + " where p.foerderfall_nummer = ?" + bedingung + " group by p.massnahme_id")
        .param(foerderfallNummer).query((rs, i) -> summen.put(rs.getString(1), rs.getLong(2))).list();
    return summen;
  }
}

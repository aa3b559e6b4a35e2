package de.hessen.aqb.foerderbudget;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bescheide (aqb_bescheid) and the ledger of granted amounts (aqb_bewilligung_buchung). A Bescheid and its
 * bookings are written together, in the transaction of the process step that issues it.
 */
@Repository
public class Foerderbudget {

  /** Granted amount of one measure in one Haushaltsjahr, with the Bescheid that booked it. */
  public record Bewilligung(String massnahmeId, String massnahmeName, int haushaltsjahr, long betragCent, String aktenzeichen) {}

  /**
   * What the ledger records of an issued Bescheid (the stage that issues it maps its own Bescheid onto this).
   *
   * @param art e.g. VOLLBEWILLIGUNG, TEILBEWILLIGUNG, ABLEHNUNG
   * @param posten the granted amounts per measure and Haushaltsjahr (empty for a refusal)
   */
  public record Bescheidbuchung(String aktenzeichen, String art, java.time.LocalDate bescheidDatum,
      java.time.LocalDate bewilligungVon, java.time.LocalDate bewilligungBis, java.time.LocalDate verwendungsnachweisFrist,
      String zwischennachweisFrist, String mittelabrufRegel, String nebenbestimmungen, long summeBeantragtCent,
      long summeBewilligtCent, List<Posten> posten) {

    /** Granted amount of one measure, split by Haushaltsjahr. */
    public record Posten(String massnahmeId, String name, Map<Integer, Long> bewilligtJeHaushaltsjahrCent) {}
  }

  private final JdbcClient jdbc;

  private final java.time.Clock uhr;

  Foerderbudget(JdbcClient jdbc, java.time.Clock uhr) {
    this.jdbc = jdbc;
    this.uhr = uhr;
  }

  /** Issues the Bescheid and books its grants. Idempotent per Aktenzeichen (a retried job books once). */
  public void bucheBescheid(String foerderfallNummer, Bescheidbuchung bescheid, String verfasserId, String freigabeId, byte[] pdf) {
    if (bescheid(bescheid.aktenzeichen()).isPresent()) {
      return;
    }
    jdbc.sql("""
        insert into aqb_bescheid (aktenzeichen, foerderfall_nummer, art, bescheid_datum, bewilligung_von, bewilligung_bis,
          verwendungsnachweis_frist, zwischennachweis_frist, mittelabruf_regel, nebenbestimmungen, summe_beantragt_cent,
          summe_bewilligt_cent, verfasser, freigabe, erlassen_am, pdf)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(bescheid.aktenzeichen(), foerderfallNummer, bescheid.art(), Date.valueOf(bescheid.bescheidDatum()),
            datum(bescheid.bewilligungVon()), datum(bescheid.bewilligungBis()), datum(bescheid.verwendungsnachweisFrist()),
            bescheid.zwischennachweisFrist(), bescheid.mittelabrufRegel(), bescheid.nebenbestimmungen(),
            bescheid.summeBeantragtCent(), bescheid.summeBewilligtCent(), verfasserId, freigabeId,
            Timestamp.from(Instant.now(uhr)), pdf)
        .update();
    Map<String, Long> bisher = new java.util.HashMap<>();
    for (Bewilligung b : bewilligungen(foerderfallNummer)) {
      bisher.merge(b.massnahmeId() + "/" + b.haushaltsjahr(), b.betragCent(), Long::sum);
    }
    for (Bescheidbuchung.Posten position : bescheid.posten()) {
      for (Map.Entry<Integer, Long> jahr : position.bewilligtJeHaushaltsjahrCent().entrySet()) {
        long differenz = jahr.getValue() - bisher.getOrDefault(position.massnahmeId() + "/" + jahr.getKey(), 0L);
        if (differenz != 0) {
          jdbc.sql("""
              insert into aqb_bewilligung_buchung (foerderfall_nummer, massnahme_id, massnahme_name, haushaltsjahr, betrag_cent,
                bescheid_aktenzeichen, gebucht_am) values (?, ?, ?, ?, ?, ?, ?)""")
              .params(foerderfallNummer, position.massnahmeId(), position.name(), jahr.getKey(), differenz,
                  bescheid.aktenzeichen(), Timestamp.from(Instant.now(uhr)))
              .update();
        }
      }
    }
  }

  /** The ledger rows of a case, in booking order. */
  public List<Bewilligung> bewilligungen(String foerderfallNummer) {
    return jdbc.sql("""
        select massnahme_id, massnahme_name, haushaltsjahr, betrag_cent, bescheid_aktenzeichen from aqb_bewilligung_buchung
        where foerderfall_nummer = ? order by id""")
        .param(foerderfallNummer)
        .query((rs, i) -> new Bewilligung(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getString(5)))
        .list();
  }

  /** Granted amount of one measure over all Haushaltsjahre. */
  public record MassnahmeBewilligt(String massnahmeId, String massnahmeName, long betragCent) {}

  /** The measures granted for the case (ledger rows summed per measure, booking order; measures summing to 0 left out). */
  public List<MassnahmeBewilligt> bewilligtJeMassnahme(String foerderfallNummer) {
    Map<String, Long> summen = new java.util.LinkedHashMap<>();
    Map<String, String> namen = new java.util.HashMap<>();
    for (Bewilligung b : bewilligungen(foerderfallNummer)) {
      summen.merge(b.massnahmeId(), b.betragCent(), Long::sum);
      namen.put(b.massnahmeId(), b.massnahmeName());
    }
    return summen.entrySet().stream().filter(e -> e.getValue() > 0)
        .map(e -> new MassnahmeBewilligt(e.getKey(), namen.get(e.getKey()), e.getValue())).toList();
  }

  /** Total granted for the case: the sum of the ledger. */
  public long summeBewilligtCent(String foerderfallNummer) {
    return bewilligungen(foerderfallNummer).stream().mapToLong(Bewilligung::betragCent).sum();
  }

  /** What the later stages need of the Bescheid in force: its file number, art, dates and deadlines, and who made it. */
  public record ErlassenerBescheid(String aktenzeichen, String art, java.time.LocalDate bescheidDatum,
      java.time.LocalDate bewilligungVon, java.time.LocalDate bewilligungBis, java.time.LocalDate verwendungsnachweisFrist,
      long summeBewilligtCent, String verfasser, String freigabe) {}

  /** The latest Bescheid issued in the case (the Durchführung and the Nachweis read their dates from here), if any. */
  public Optional<ErlassenerBescheid> erlassenerBescheid(String foerderfallNummer) {
    return jdbc.sql("""
        select aktenzeichen, art, bescheid_datum, bewilligung_von, bewilligung_bis, verwendungsnachweis_frist,
               summe_bewilligt_cent, verfasser, freigabe
        from aqb_bescheid where foerderfall_nummer = ? order by lfd desc""")
        .param(foerderfallNummer)
        .query((rs, i) -> new ErlassenerBescheid(rs.getString(1), rs.getString(2), tag(rs.getDate(3)), tag(rs.getDate(4)),
            tag(rs.getDate(5)), tag(rs.getDate(6)), rs.getLong(7), rs.getString(8), rs.getString(9)))
        .list().stream().findFirst();
  }

  /**
   * The first Bescheid of the case (the Zuwendungsbescheid every Änderungsbescheid refers to; letters about the case
   * name its Aktenzeichen), if any.
   */
  public Optional<ErlassenerBescheid> urspruenglicherBescheid(String foerderfallNummer) {
    return jdbc.sql("""
        select aktenzeichen, art, bescheid_datum, bewilligung_von, bewilligung_bis, verwendungsnachweis_frist,
               summe_bewilligt_cent, verfasser, freigabe
        from aqb_bescheid where foerderfall_nummer = ? order by lfd""")
        .param(foerderfallNummer)
        .query((rs, i) -> new ErlassenerBescheid(rs.getString(1), rs.getString(2), tag(rs.getDate(3)), tag(rs.getDate(4)),
            tag(rs.getDate(5)), tag(rs.getDate(6)), rs.getLong(7), rs.getString(8), rs.getString(9)))
        .list().stream().findFirst();
  }

  /** One Bescheid of the case as the history on every task shows it. */
  public record Bescheideintrag(String aktenzeichen, String art, java.time.LocalDate bescheidDatum, long summeBewilligtCent) {}

  /** Every Bescheid of the case (the first and each change), oldest first. */
  public List<Bescheideintrag> bescheide(String foerderfallNummer) {
    return jdbc.sql("""
        select aktenzeichen, art, bescheid_datum, summe_bewilligt_cent from aqb_bescheid where foerderfall_nummer = ?
        order by lfd""")
        .param(foerderfallNummer)
        .query((rs, i) -> new Bescheideintrag(rs.getString(1), rs.getString(2), tag(rs.getDate(3)), rs.getLong(4)))
        .list();
  }

  /** The financing type of a case's Zuwendungsbescheid (its first Bescheid) and, for ANTEIL, the share in percent. */
  public record Finanzierung(String art, java.math.BigDecimal anteilProzent) {}

  /** Financing type of the case: the one stored with its first Bescheid (Änderungsbescheide do not change it; V13). */
  public Optional<Finanzierung> finanzierung(String foerderfallNummer) {
    return jdbc.sql("select finanzierungsart, finanzierung_anteil_prozent from aqb_bescheid where foerderfall_nummer = ? order by lfd")
        .param(foerderfallNummer).query((rs, i) -> new Finanzierung(rs.getString(1), rs.getBigDecimal(2))).list().stream().findFirst();
  }

  /** Records the financing type of an issued Bescheid (default FESTBETRAG, as the Zuwendungsbescheid's text says). */
  public void setzeFinanzierung(String aktenzeichen, Finanzierung finanzierung) {
    jdbc.sql("update aqb_bescheid set finanzierungsart = ?, finanzierung_anteil_prozent = ? where aktenzeichen = ?")
        .params(finanzierung.art(), finanzierung.anteilProzent(), aktenzeichen).update();
  }

  private static java.time.LocalDate tag(Date datum) {
    return datum == null ? null : datum.toLocalDate();
  }

  public Optional<String> bescheid(String aktenzeichen) {
    return jdbc.sql("select art from aqb_bescheid where aktenzeichen = ?").param(aktenzeichen).query(String.class).optional();
  }

  public Optional<byte[]> bescheidPdf(String aktenzeichen) {
    return jdbc.sql("select pdf from aqb_bescheid where aktenzeichen = ?").param(aktenzeichen)
        .query((rs, i) -> rs.getBytes(1)).optional();
  }

  private static Date datum(java.time.LocalDate datum) {
    return datum == null ? null : Date.valueOf(datum);
  }
}

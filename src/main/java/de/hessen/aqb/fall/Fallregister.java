package de.hessen.aqb.fall;

import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register of Förderfälle (table aqb_foerderfall): guarantees one active case per
 * Gebietskörperschaft and year, also against two clerks starting at the same moment (unique key).
 */
@Repository
public class Fallregister {

  public static final String AKTIV = "AKTIV";
  public static final String STORNIERT = "STORNIERT";
  /** Nachweis checked and Rückforderung (if any) issued; keeps its active key, so no second case for the body and year. */
  public static final String ABGESCHLOSSEN = "ABGESCHLOSSEN";
  /** The Antrag was refused: the year is decided, the case keeps its active key like a closed one. */
  public static final String ABGELEHNT = "ABGELEHNT";
  /** The process instance was cancelled outside the model (Cockpit, REST): the key is freed like after a Stornierung. */
  public static final String ABGEBROCHEN = "ABGEBROCHEN";

  private final JdbcClient jdbc;
  private final Clock uhr;

  Fallregister(JdbcClient jdbc, Clock uhr) {
    this.jdbc = jdbc;
    this.uhr = uhr;
  }

  /** Registers a new case and returns its number, e.g. AQB-2025-06414 (AQB-2025-06414-2 after a cancelled first). */
  public String registriere(String kreisschluessel, int jahr, String benutzer) {
    if (aktiverFall(kreisschluessel, jahr).isPresent()) {
      throw bereitsVorhanden(kreisschluessel, jahr);
    }
    int bisher = jdbc.sql("select count(*) from aqb_foerderfall where kreisschluessel = ? and jahr = ?")
        .params(kreisschluessel, jahr).query(Integer.class).single();
    String nummer = "AQB-" + jahr + "-" + kreisschluessel + (bisher == 0 ? "" : "-" + (bisher + 1));
    try {
      jdbc.sql("""
          insert into aqb_foerderfall (nummer, kreisschluessel, jahr, status, aktiv_schluessel, angelegt_am, angelegt_von)
          values (?, ?, ?, ?, ?, ?, ?)""")
          .params(nummer, kreisschluessel, jahr, AKTIV, kreisschluessel + "/" + jahr, Timestamp.from(Instant.now(uhr)), benutzer)
          .update();
    } catch (DuplicateKeyException e) {
      throw bereitsVorhanden(kreisschluessel, jahr);
    }
    return nummer;
  }

  public void verknuepfe(String nummer, String prozessinstanzId) {
    jdbc.sql("update aqb_foerderfall set prozessinstanz_id = ? where nummer = ?").params(prozessinstanzId, nummer).update();
  }

  public void storniere(String nummer, String grund) {
    jdbc.sql("""
        update aqb_foerderfall set status = ?, aktiv_schluessel = null, storniert_am = ?, storno_grund = ?
        where nummer = ?""")
        .params(STORNIERT, Timestamp.from(Instant.now(uhr)), grund, nummer).update();
  }

  /** Closes an active case (end of stage Nachweis). Idempotent: a closed case stays closed; an unknown one is an error. */
  public void schliesseAb(String nummer) {
    int geaendert = jdbc.sql("update aqb_foerderfall set status = ?, abgeschlossen_am = ? where nummer = ? and status = ?")
        .params(ABGESCHLOSSEN, Timestamp.from(Instant.now(uhr)), nummer, AKTIV).update();
    if (geaendert == 0 && !status(nummer).filter(ABGESCHLOSSEN::equals).isPresent()) {
      throw new IllegalStateException("Förderfall " + nummer + " ist nicht aktiv (Status "
          + status(nummer).orElse("unbekannt") + ") und kann nicht abgeschlossen werden.");
    }
  }

  /** Marks an active case refused (end "Antrag abgelehnt"); a case that is no longer active stays as it is. */
  public void lehneAb(String nummer) {
    jdbc.sql("update aqb_foerderfall set status = ?, abgeschlossen_am = ? where nummer = ? and status = ?")
        .params(ABGELEHNT, Timestamp.from(Instant.now(uhr)), nummer, AKTIV).update();
  }

  /**
   * Marks an active case whose process instance was cancelled: frees the body's year (like a Stornierung) and keeps the
   * reason. A case that already ended (closed, cancelled, refused) stays as it is.
   */
  public void brecheAb(String nummer, String grund) {
    jdbc.sql("""
        update aqb_foerderfall set status = ?, aktiv_schluessel = null, storniert_am = ?, storno_grund = ?
        where nummer = ? and status = ?""")
        .params(ABGEBROCHEN, Timestamp.from(Instant.now(uhr)), grund, nummer, AKTIV).update();
  }

  /** Active cases and their Förderfall process instance (for the reconciliation with the engine's history). */
  public java.util.Map<String, String> aktiveMitProzessinstanz() {
    java.util.Map<String, String> ergebnis = new java.util.LinkedHashMap<>();
    jdbc.sql("select nummer, prozessinstanz_id from aqb_foerderfall where status = ? and prozessinstanz_id is not null order by nummer")
        .param(AKTIV).query((rs, i) -> ergebnis.put(rs.getString(1), rs.getString(2))).list();
    return ergebnis;
  }

  public Optional<String> aktiverFall(String kreisschluessel, int jahr) {
    return jdbc.sql("select nummer from aqb_foerderfall where aktiv_schluessel = ?")
        .param(kreisschluessel + "/" + jahr).query(String.class).optional();
  }

  /** The register row of a case: body and year, or empty for an unknown number. */
  public Optional<Eintrag> eintrag(String nummer) {
    return jdbc.sql("select nummer, kreisschluessel, jahr, status from aqb_foerderfall where nummer = ?").param(nummer)
        .query((rs, i) -> new Eintrag(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4))).optional();
  }

  public record Eintrag(String nummer, String kreisschluessel, int jahr, String status) {}

  public Optional<String> status(String nummer) {
    return jdbc.sql("select status from aqb_foerderfall where nummer = ?").param(nummer).query(String.class).optional();
  }

  public List<String> nummern(String kreisschluessel, int jahr) {
    return jdbc.sql("select nummer from aqb_foerderfall where kreisschluessel = ? and jahr = ? order by angelegt_am")
        .params(kreisschluessel, jahr).query(String.class).list();
  }

  private static UngueltigeEingabe bereitsVorhanden(String kreisschluessel, int jahr) {
    return new UngueltigeEingabe("Für diese Gebietskörperschaft (" + kreisschluessel + ") gibt es für " + jahr
        + " bereits einen Förderfall. Je Gebietskörperschaft und Jahr ist nur eine Zielvereinbarung möglich,"
        + " es sei denn, die erste wurde storniert.");
  }
}

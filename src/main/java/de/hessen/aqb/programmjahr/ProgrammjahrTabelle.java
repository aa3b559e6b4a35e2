package de.hessen.aqb.programmjahr;

import de.hessen.aqb.programmjahr.domain.Zuteilung;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables aqb_programmjahr and aqb_programmjahr_zuteilung (V18): the allocation as released, and the cases started. */
@Repository
public class ProgrammjahrTabelle {

  public static final String ERFASST = "ERFASST";
  public static final String FREIGEGEBEN = "FREIGEGEBEN";
  public static final String VERWORFEN = "VERWORFEN";
  public static final String ABGESCHLOSSEN = "ABGESCHLOSSEN";

  /** The head of a programme year. */
  public record Kopf(long id, int jahr, String status, long landesbudgetCent, String quelle, String erfasstVon,
                     String freigegebenVon) {}

  /** A body's row: its share and, once started, its Förderfall. */
  public record Anteil(String kreisschluessel, long betragCent, long zweckgebundenCent, String foerderfallNummer) {}

  private final JdbcClient jdbc;

  ProgrammjahrTabelle(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean aktivesJahr(int jahr) {
    return jdbc.sql("select count(*) from aqb_programmjahr where aktiv_jahr = ?").param(jahr).query(Integer.class).single() > 0;
  }

  long speichere(Zuteilung zuteilung, String quelle, String erfasstVon, Instant jetzt) {
    jdbc.sql("""
        insert into aqb_programmjahr (jahr, aktiv_jahr, status, landesbudget_cent, quelle, erfasst_von, erfasst_am)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(zuteilung.jahr(), zuteilung.jahr(), ERFASST, zuteilung.landesbudgetCent(), quelle, erfasstVon, Timestamp.from(jetzt))
        .update();
    long id = jdbc.sql("select id from aqb_programmjahr where aktiv_jahr = ?").param(zuteilung.jahr()).query(Long.class).single();
    for (Zuteilung.Anteil a : zuteilung.anteile()) {
      jdbc.sql("insert into aqb_programmjahr_zuteilung (programmjahr_id, kreisschluessel, betrag_cent, zweckgebunden_cent) values (?, ?, ?, ?)")
          .params(id, a.kreisschluessel(), a.betragCent(), a.zweckgebundenCent()).update();
    }
    return id;
  }

  void verknuepfe(long id, String prozessinstanzId) {
    jdbc.sql("update aqb_programmjahr set prozessinstanz_id = ? where id = ?").params(prozessinstanzId, id).update();
  }

  public Optional<Kopf> kopf(long id) {
    return jdbc.sql("select id, jahr, status, landesbudget_cent, quelle, erfasst_von, freigegeben_von from aqb_programmjahr where id = ?")
        .param(id).query((rs, n) -> new Kopf(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5),
            rs.getString(6), rs.getString(7))).optional();
  }

  /** The programme year of {@code jahr} that is not discarded, if any. */
  public Optional<Kopf> imJahr(int jahr) {
    return jdbc.sql("select id from aqb_programmjahr where aktiv_jahr = ?").param(jahr).query(Long.class).optional()
        .flatMap(this::kopf);
  }

  public List<Anteil> anteile(long id) {
    return jdbc.sql("""
        select kreisschluessel, betrag_cent, zweckgebunden_cent, foerderfall_nummer from aqb_programmjahr_zuteilung
        where programmjahr_id = ? order by kreisschluessel""")
        .param(id).query((rs, n) -> new Anteil(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4))).list();
  }

  /** The released share of a body in a year (the Zielvereinbarung's budget), if the year's allocation is released. */
  public Optional<Long> freigegebenerBetrag(String kreisschluessel, int jahr) {
    return jdbc.sql("""
        select z.betrag_cent from aqb_programmjahr_zuteilung z join aqb_programmjahr p on p.id = z.programmjahr_id
        where p.aktiv_jahr = ? and p.status in (?, ?) and z.kreisschluessel = ?""")
        .params(jahr, FREIGEGEBEN, ABGESCHLOSSEN, kreisschluessel).query(Long.class).optional();
  }

  void gibFrei(long id, String benutzer, String bemerkung, Instant jetzt) {
    jdbc.sql("update aqb_programmjahr set status = ?, freigegeben_von = ?, freigegeben_am = ?, bemerkung = ? where id = ? and status = ?")
        .params(FREIGEGEBEN, benutzer, Timestamp.from(jetzt), bemerkung, id, ERFASST).update();
  }

  void verwirf(long id, String benutzer, String bemerkung, Instant jetzt) {
    jdbc.sql("""
        update aqb_programmjahr set status = ?, aktiv_jahr = null, freigegeben_von = ?, freigegeben_am = ?, bemerkung = ?
        where id = ? and status = ?""")
        .params(VERWORFEN, benutzer, Timestamp.from(jetzt), bemerkung, id, ERFASST).update();
  }

  void vermerkeFall(long id, String kreisschluessel, String nummer, Instant jetzt) {
    jdbc.sql("""
        update aqb_programmjahr_zuteilung set foerderfall_nummer = ?, gestartet_am = ?
        where programmjahr_id = ? and kreisschluessel = ? and foerderfall_nummer is null""")
        .params(nummer, Timestamp.from(jetzt), id, kreisschluessel).update();
  }

  void schliesseAb(long id) {
    jdbc.sql("update aqb_programmjahr set status = ? where id = ? and status = ?").params(ABGESCHLOSSEN, id, FREIGEGEBEN).update();
  }
}

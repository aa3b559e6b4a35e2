package de.hessen.aqb.nachweis;

import de.hessen.aqb.nachweis.domain.Einwand;
import de.hessen.aqb.nachweis.domain.Einwandgrund;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The second RP clerk's objections per Beleg (aqb_vn_einwand, V13) and what the rechnerische Prüfung derived per measure
 * (aqb_vn_position), on the newest Fassung; written only by {@link RechnerischePruefung} with the logged-in user.
 */
@Repository
public class Beanstandungen {

  /** What the rule derived for one measure besides the recognised amount. */
  public record Herleitung(String massnahmeId, long beanstandetCent, long foerderfaehigCent, long toleriertCent,
      long nichtAnerkanntToleranzCent) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate stapel;
  private final Verwendungsnachweise verwendungsnachweise;
  private final Clock uhr;

  Beanstandungen(JdbcClient jdbc, JdbcTemplate stapel, Verwendungsnachweise verwendungsnachweise, Clock uhr) {
    this.jdbc = jdbc;
    this.stapel = stapel;
    this.verwendungsnachweise = verwendungsnachweise;
    this.uhr = uhr;
  }

  public void speichere(String nummer, String von, Collection<Einwand> einwaende, List<Herleitung> herleitungen) {
    int fassung = verwendungsnachweise.neuesteFassung(nummer);
    Timestamp jetzt = Timestamp.from(Instant.now(uhr));
    jdbc.sql("delete from aqb_vn_einwand where foerderfall_nummer = ? and fassung = ?").params(nummer, fassung).update();
    stapel.batchUpdate("""
        insert into aqb_vn_einwand (foerderfall_nummer, fassung, zeile, grund, kommentar, von, am) values (?, ?, ?, ?, ?, ?, ?)""",
        einwaende.stream().map(e -> new Object[] {nummer, fassung, e.zeile(), e.grund().name(), e.kommentar(), von, jetzt}).toList());
    herleitungen.forEach(h -> jdbc.sql("""
        update aqb_vn_position set beanstandet_cent = ?, foerderfaehig_cent = ?, toleriert_cent = ?, nicht_anerkannt_toleranz_cent = ?
        where foerderfall_nummer = ? and fassung = ? and massnahme_id = ?""")
        .params(h.beanstandetCent(), h.foerderfaehigCent(), h.toleriertCent(), h.nichtAnerkanntToleranzCent(), nummer, fassung,
            h.massnahmeId())
        .update());
  }

  /** The objections of the newest Fassung, by row. */
  public List<Einwand> einwaende(String nummer) {
    return jdbc.sql("select zeile, grund, kommentar from aqb_vn_einwand where foerderfall_nummer = ? and fassung = ? order by zeile")
        .params(nummer, verwendungsnachweise.neuesteFassung(nummer))
        .query((rs, i) -> new Einwand(rs.getInt(1), Einwandgrund.valueOf(rs.getString(2)), rs.getString(3))).list();
  }

  /** What was derived per measure of the newest Fassung (empty before the rechnerische Prüfung). */
  public List<Herleitung> herleitungen(String nummer) {
    return jdbc.sql("""
        select massnahme_id, beanstandet_cent, foerderfaehig_cent, toleriert_cent, nicht_anerkannt_toleranz_cent from aqb_vn_position
        where foerderfall_nummer = ? and fassung = ? and beanstandet_cent is not null order by massnahme_id""")
        .params(nummer, verwendungsnachweise.neuesteFassung(nummer))
        .query((rs, i) -> new Herleitung(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).list();
  }
}

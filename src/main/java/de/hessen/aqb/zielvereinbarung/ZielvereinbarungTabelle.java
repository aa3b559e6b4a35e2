package de.hessen.aqb.zielvereinbarung;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.hessen.aqb.fall.Fallkopf;
import de.hessen.aqb.zielvereinbarung.ZielvereinbarungAkte.Signatur;
import de.hessen.aqb.zielvereinbarung.domain.Entwurf;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Partei;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of the stage (tables aqb_zielvereinbarung and aqb_zv_pruefrunde); written only by the stage's services. */
@Repository
class ZielvereinbarungTabelle {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One review of the draft by the body. */
  record Pruefrunde(int runde, String von, Instant am, boolean zugestimmt, String aenderungswunsch) {}

  private final JdbcClient jdbc;

  ZielvereinbarungTabelle(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private void legeAnFallsNoetig(Fallkopf kopf) {
    if (jdbc.sql("select count(*) from aqb_zielvereinbarung where foerderfall_nummer = ?").param(kopf.nummer())
        .query(Integer.class).single() == 0) {
      jdbc.sql("insert into aqb_zielvereinbarung (foerderfall_nummer, kreisschluessel, jahr, status) values (?, ?, ?, ?)")
          .params(kopf.nummer(), kopf.kreisschluessel(), kopf.jahr(), ZielvereinbarungAkte.ENTWURF).update();
    }
  }

  void speichereEntwurf(Fallkopf kopf, Entwurf entwurf, LocalDate datum, String von, Instant am) {
    legeAnFallsNoetig(kopf);
    jdbc.sql("""
        update aqb_zielvereinbarung set status = ?, budget_cent = ?, projekte_json = ?, paragraph2_jahrestext = ?,
          buendnis_zeitraum = ?, ministerium_name = ?, ministerium_titel = ?, partner_name = ?, partner_titel = ?,
          entwurf_datum = ?, entwurf_von = ?, entwurf_am = ?, entwurf_pdf = null where foerderfall_nummer = ?""")
        .params(ZielvereinbarungAkte.ENTWURF, entwurf.budgetCent(), projekteJson(entwurf.projekte()),
            entwurf.paragraph2Jahrestext(), entwurf.buendnisZeitraum(), entwurf.ministeriumName(), entwurf.ministeriumTitel(),
            entwurf.partnerName(), entwurf.partnerTitel(), Date.valueOf(datum), von, Timestamp.from(am), kopf.nummer())
        .update();
  }

  void storniere(Fallkopf kopf, String grund, String von, Instant am) {
    legeAnFallsNoetig(kopf);
    jdbc.sql("update aqb_zielvereinbarung set status = ?, storno_grund = ?, entwurf_von = ?, entwurf_am = ? where foerderfall_nummer = ?")
        .params(ZielvereinbarungAkte.STORNIERT, grund, von, Timestamp.from(am), kopf.nummer()).update();
  }

  void speichereEntwurfPdf(String nummer, byte[] pdf) {
    jdbc.sql("update aqb_zielvereinbarung set entwurf_pdf = ? where foerderfall_nummer = ?").params(pdf, nummer).update();
  }

  void speichereEndfassung(String nummer, byte[] pdf) {
    jdbc.sql("update aqb_zielvereinbarung set endfassung_pdf = ? where foerderfall_nummer = ?").params(pdf, nummer).update();
  }

  Optional<byte[]> entwurfPdf(String nummer) {
    return jdbc.sql("select entwurf_pdf from aqb_zielvereinbarung where foerderfall_nummer = ?").param(nummer)
        .query((rs, i) -> rs.getBytes(1)).optional().filter(pdf -> pdf != null);
  }

  Optional<byte[]> endfassungPdf(String nummer) {
    return jdbc.sql("select endfassung_pdf from aqb_zielvereinbarung where foerderfall_nummer = ?").param(nummer)
        .query((rs, i) -> rs.getBytes(1)).optional().filter(pdf -> pdf != null);
  }

  int neuePruefrunde(String nummer, String von, Instant am, boolean zugestimmt, String aenderungswunsch) {
    int runde = jdbc.sql("select count(*) from aqb_zv_pruefrunde where foerderfall_nummer = ?").param(nummer)
        .query(Integer.class).single() + 1;
    jdbc.sql("""
        insert into aqb_zv_pruefrunde (foerderfall_nummer, runde, geprueft_von, geprueft_am, zugestimmt, aenderungswunsch)
        values (?, ?, ?, ?, ?, ?)""")
        .params(nummer, runde, von, Timestamp.from(am), zugestimmt, aenderungswunsch).update();
    return runde;
  }

  List<Pruefrunde> pruefrunden(String nummer) {
    return jdbc.sql("""
        select runde, geprueft_von, geprueft_am, zugestimmt, aenderungswunsch from aqb_zv_pruefrunde
        where foerderfall_nummer = ? order by runde""").param(nummer)
        .query((rs, i) -> new Pruefrunde(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getBoolean(4),
            rs.getString(5))).list();
  }

  void unterzeichne(String nummer, Partei partei, String ort, LocalDate datum, String von, Instant am, String scanName, byte[] scan) {
    String p = partei == Partei.MINISTERIUM ? "ministerium" : "partner";
    String status = partei == Partei.MINISTERIUM ? ZielvereinbarungAkte.ENTWURF : ZielvereinbarungAkte.UNTERZEICHNET;
    jdbc.sql("update aqb_zielvereinbarung set status = ?, " + p + "_ort = ?, " + p + "_datum = ?, " + p + "_von = ?, " + p
        + "_am = ?, " + p + "_scan_name = ?, " + p + "_scan = ? where foerderfall_nummer = ?")
        .params(status, ort, Date.valueOf(datum), von, Timestamp.from(am), scanName, scan, nummer).update();
  }

  void bestaetigeEingang(String nummer, LocalDate datum, String von, Instant am) {
    jdbc.sql("update aqb_zielvereinbarung set eingang_datum = ?, eingang_von = ?, eingang_am = ? where foerderfall_nummer = ?")
        .params(Date.valueOf(datum), von, Timestamp.from(am), nummer).update();
  }

  void setzeStatus(String nummer, String status) {
    jdbc.sql("update aqb_zielvereinbarung set status = ? where foerderfall_nummer = ?").params(status, nummer).update();
  }

  /** Only for the demo story, which is back-dated to the real 2025 agreements. */
  void datiereEntwurf(String nummer, LocalDate datum) {
    jdbc.sql("update aqb_zielvereinbarung set entwurf_datum = ? where foerderfall_nummer = ?").params(Date.valueOf(datum), nummer)
        .update();
  }

  Optional<ZielvereinbarungAkte> akte(String nummer) {
    return jdbc.sql("""
        select foerderfall_nummer, kreisschluessel, jahr, status, budget_cent, projekte_json, paragraph2_jahrestext,
          buendnis_zeitraum, ministerium_name, ministerium_titel, partner_name, partner_titel, entwurf_datum, entwurf_von,
          storno_grund, ministerium_ort, ministerium_datum, ministerium_von, ministerium_scan_name, partner_ort, partner_datum,
          partner_von, partner_scan_name, eingang_datum, eingang_von
        from aqb_zielvereinbarung where foerderfall_nummer = ?""").param(nummer).query(ZielvereinbarungTabelle::akte).optional();
  }

  /** The body's agreement of that year signed by both parties in this system (not cancelled), if any. */
  Optional<ZielvereinbarungAkte> unterzeichnet(String kreisschluessel, int jahr) {
    return jdbc.sql("select foerderfall_nummer from aqb_zielvereinbarung where kreisschluessel = ? and jahr = ? "
        + "and partner_datum is not null and ministerium_datum is not null and status <> ? order by partner_datum desc")
        .params(kreisschluessel, jahr, ZielvereinbarungAkte.STORNIERT).query(String.class).list().stream().findFirst()
        .flatMap(this::akte);
  }

  private static ZielvereinbarungAkte akte(ResultSet rs, int zeile) throws SQLException {
    long budget = rs.getLong(5);
    Long budgetCent = rs.wasNull() ? null : budget;
    return new ZielvereinbarungAkte(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), budgetCent,
        projekte(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
        rs.getString(12), datum(rs, 13), rs.getString(14), rs.getString(15),
        new Signatur(rs.getString(16), datum(rs, 17), rs.getString(18), rs.getString(19)),
        new Signatur(rs.getString(20), datum(rs, 21), rs.getString(22), rs.getString(23)), datum(rs, 24), rs.getString(25));
  }

  private static LocalDate datum(ResultSet rs, int spalte) throws SQLException {
    Date datum = rs.getDate(spalte);
    return datum == null ? null : datum.toLocalDate();
  }

  private static String projekteJson(Map<Massnahmenart, List<Projekt>> projekte) {
    Map<String, List<String>> namen = new LinkedHashMap<>();
    for (Massnahmenart art : Massnahmenart.values()) {
      namen.put(String.valueOf(art.nummer()), projekte.getOrDefault(art, List.of()).stream().map(Projekt::name).toList());
    }
    try {
      return JSON.writeValueAsString(namen);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<Massnahmenart, List<Projekt>> projekte(String json) {
    Map<Massnahmenart, List<Projekt>> projekte = new EnumMap<>(Massnahmenart.class);
    if (json == null) {
      return projekte;
    }
    try {
      Map<String, List<String>> namen = JSON.readValue(json, new TypeReference<Map<String, List<String>>>() {});
      namen.forEach((art, liste) -> projekte.put(Massnahmenart.nachNummer(Integer.parseInt(art)),
          liste.stream().map(Projekt::new).toList()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return projekte;
  }
}

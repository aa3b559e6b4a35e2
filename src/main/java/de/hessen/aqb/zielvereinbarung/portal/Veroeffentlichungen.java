package de.hessen.aqb.zielvereinbarung.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.zielvereinbarung.domain.Massnahmenart;
import de.hessen.aqb.zielvereinbarung.domain.Projekt;
import de.hessen.aqb.zielvereinbarung.domain.ZielvereinbarungDaten;
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
 * Published agreements (table aqb_zv_veroeffentlichung). The portal reads only this table, and only the
 * process step "Im Portal veröffentlichen" writes it (from the stored, signed agreement — never from process
 * variables), after both signatures and the receipt: an unpublished agreement can never appear. Later stages read a
 * published agreement's budget and projects through {@link #eintrag}.
 */
@Repository
public class Veroeffentlichungen {

  /** One published agreement as the portal shows it. */
  public record Eintrag(String foerderfallNummer, String kreisschluessel, int jahr, String partner, long budgetCent,
      Map<String, List<String>> projekte, LocalDate unterzeichnetMinisterium, LocalDate unterzeichnetPartner,
      Instant veroeffentlichtAm) {
    public String budgetAnzeige() {
      return Geld.alsWaehrung(budgetCent);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, List<String>>> PROJEKTE = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final Clock uhr;

  Veroeffentlichungen(JdbcClient jdbc, Clock uhr) {
    this.jdbc = jdbc;
    this.uhr = uhr;
  }

  /** Idempotent: a repeated call (job retry) keeps the first publication. */
  public void veroeffentliche(String foerderfallNummer, String kreisschluessel, ZielvereinbarungDaten daten, byte[] pdf) {
    if (eintrag(foerderfallNummer).isPresent()) {
      return;
    }
    jdbc.sql("""
        insert into aqb_zv_veroeffentlichung (foerderfall_nummer, kreisschluessel, jahr, partner, budget_cent, projekte_json,
          unterzeichnet_ministerium, unterzeichnet_partner, veroeffentlicht_am, pdf)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(foerderfallNummer, kreisschluessel, daten.jahr(), daten.partner().bezeichnung(), daten.budgetCent(),
            projekteJson(daten), Date.valueOf(daten.ministerium().datum()), Date.valueOf(daten.partnerUnterzeichnung().datum()),
            Timestamp.from(Instant.now(uhr)), pdf)
        .update();
  }

  private static final String SPALTEN = """
      select foerderfall_nummer, kreisschluessel, jahr, partner, budget_cent, projekte_json, unterzeichnet_ministerium,
        unterzeichnet_partner, veroeffentlicht_am from aqb_zv_veroeffentlichung""";

  public List<Eintrag> alle() {
    return jdbc.sql(SPALTEN + " order by jahr desc, partner").query(Veroeffentlichungen::eintrag).list();
  }

  public Optional<Eintrag> eintrag(String foerderfallNummer) {
    return jdbc.sql(SPALTEN + " where foerderfall_nummer = ?").param(foerderfallNummer).query(Veroeffentlichungen::eintrag)
        .optional();
  }

  private static Eintrag eintrag(java.sql.ResultSet rs, int zeile) throws java.sql.SQLException {
    return new Eintrag(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getLong(5),
        projekte(rs.getString(6)), rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(), rs.getTimestamp(9).toInstant());
  }

  public Optional<byte[]> pdf(String foerderfallNummer) {
    return jdbc.sql("select pdf from aqb_zv_veroeffentlichung where foerderfall_nummer = ?").param(foerderfallNummer)
        .query((rs, i) -> rs.getBytes(1)).optional();
  }

  private static String projekteJson(ZielvereinbarungDaten daten) {
    Map<String, List<String>> projekte = new LinkedHashMap<>();
    for (Massnahmenart art : Massnahmenart.values()) {
      projekte.put(art.ueberschrift(), daten.projekte(art).stream().map(Projekt::name).toList());
    }
    try {
      return JSON.writeValueAsString(projekte);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, List<String>> projekte(String json) {
    try {
      return JSON.readValue(json, PROJEKTE);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

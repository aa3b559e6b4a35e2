package de.hessen.aqb.altvereinbarung;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.hessen.aqb.altvereinbarung.domain.Unterschrift;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of imported agreements (table aqb_altvereinbarung); written only by {@link Uebernahme}. */
@Repository
class AltvereinbarungTabelle {

  static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final JdbcClient jdbc;

  AltvereinbarungTabelle(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean vorhanden(String kreisschluessel, int jahr) {
    return jdbc.sql("select count(*) from aqb_altvereinbarung where kreisschluessel = ? and jahr = ?")
        .params(kreisschluessel, jahr).query(Integer.class).single() > 0;
  }

  /** Inserts or (after the clerk agreed) replaces the body's agreement of that year, in one statement pair. */
  void speichere(Altvereinbarung a, String lesungJson, String quelleName, String quelleTyp, byte[] quelle, String von,
      Instant am) {
    jdbc.sql("delete from aqb_altvereinbarung where kreisschluessel = ? and jahr = ?").params(a.kreisschluessel(), a.jahr())
        .update();
    jdbc.sql("""
        insert into aqb_altvereinbarung (kreisschluessel, jahr, partner, budget_cent, projekte_json, unterzeichnungen_json,
          lesung_json, quelle_name, quelle_typ, quelle, uebernommen_von, uebernommen_am)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(a.kreisschluessel(), a.jahr(), a.partner(), a.budgetCent(), json(a.massnahmen()),
            json(a.unterzeichnungen()), lesungJson, quelleName, quelleTyp, quelle, von, Timestamp.from(am))
        .update();
  }

  List<Altvereinbarung> vonKoerperschaft(String kreisschluessel) {
    return jdbc.sql("""
        select kreisschluessel, jahr, partner, budget_cent, projekte_json, unterzeichnungen_json, quelle_name,
          uebernommen_von, uebernommen_am from aqb_altvereinbarung where kreisschluessel = ? order by jahr desc""")
        .param(kreisschluessel).query((rs, i) -> new Altvereinbarung(rs.getString(1), rs.getInt(2), rs.getString(3),
            rs.getLong(4), lies(rs.getString(5), new TypeReference<Map<String, List<String>>>() {}),
            lies(rs.getString(6), new TypeReference<List<Unterschrift>>() {}), rs.getString(7), rs.getString(8),
            rs.getTimestamp(9).toInstant())).list();
  }

  Optional<Altvereinbarung> von(String kreisschluessel, int jahr) {
    return vonKoerperschaft(kreisschluessel).stream().filter(a -> a.jahr() == jahr).findFirst();
  }

  Optional<byte[]> quelle(String kreisschluessel, int jahr) {
    return jdbc.sql("select quelle from aqb_altvereinbarung where kreisschluessel = ? and jahr = ?")
        .params(kreisschluessel, jahr).query((rs, i) -> rs.getBytes(1)).optional();
  }

  List<String> alleProjektnamen() {
    return jdbc.sql("select projekte_json from aqb_altvereinbarung").query(String.class).list().stream()
        .flatMap(j -> lies(j, new TypeReference<Map<String, List<String>>>() {}).values().stream())
        .flatMap(List::stream).toList();
  }

  static String json(Object wert) {
    try {
      return JSON.writeValueAsString(wert);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T lies(String json, TypeReference<T> typ) {
    try {
      return JSON.readValue(json, typ);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

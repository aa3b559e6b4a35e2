package de.hessen.aqb.antrag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Antrag as submitted (aqb_antrag) and the RP's Nachforderungen with the body's answers (aqb_antrag_nachforderung). */
@Repository
public class AntragAblage {

  private final JdbcClient jdbc;

  AntragAblage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Idempotent: a retried preparation keeps what exists. */
  void lege(String nummer, ArrayNode massnahmen, LocalDateTime antragsfrist) {
    if (vorhanden(nummer)) {
      return;
    }
    jdbc.sql("insert into aqb_antrag (foerderfall_nummer, massnahmen_json, antragsfrist) values (?, ?, ?)")
        .params(nummer, MassnahmenJson.schreibe(massnahmen), Timestamp.valueOf(antragsfrist)).update();
  }

  boolean vorhanden(String nummer) {
    return jdbc.sql("select count(*) from aqb_antrag where foerderfall_nummer = ?").param(nummer).query(Integer.class)
        .single() > 0;
  }

  /** The measures as stored (the body's and the providers' inputs). */
  public ArrayNode massnahmen(String nummer) {
    return MassnahmenJson.lies(jdbc.sql("select massnahmen_json from aqb_antrag where foerderfall_nummer = ?").param(nummer)
        .query(String.class).optional()
        .orElseThrow(() -> new IllegalStateException("Zum Förderfall " + nummer + " ist kein Antrag angelegt.")));
  }

  void speichere(String nummer, ArrayNode massnahmen, String benutzer, Instant wann) {
    jdbc.sql("update aqb_antrag set massnahmen_json = ?, bearbeitet_von = ?, bearbeitet_am = ? where foerderfall_nummer = ?")
        .params(MassnahmenJson.schreibe(massnahmen), benutzer, Timestamp.from(wann), nummer).update();
  }

  void eingereicht(String nummer, String benutzer, LocalDate am) {
    jdbc.sql("update aqb_antrag set eingereicht_von = ?, eingereicht_am = ? where foerderfall_nummer = ?")
        .params(benutzer, Date.valueOf(am), nummer).update();
  }

  public Optional<LocalDate> eingereichtAm(String nummer) {
    return jdbc.sql("select eingereicht_am from aqb_antrag where foerderfall_nummer = ?").param(nummer)
        .query((rs, i) -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate()).optional();
  }

  public Optional<LocalDateTime> antragsfrist(String nummer) {
    return jdbc.sql("select antragsfrist from aqb_antrag where foerderfall_nummer = ?").param(nummer)
        .query((rs, i) -> rs.getTimestamp(1).toLocalDateTime()).optional();
  }

  void fordereNach(String nummer, String text, LocalDate frist, String von, LocalDate am) {
    int runde = jdbc.sql("select count(*) from aqb_antrag_nachforderung where foerderfall_nummer = ?").param(nummer)
        .query(Integer.class).single() + 1;
    jdbc.sql("""
        insert into aqb_antrag_nachforderung (foerderfall_nummer, runde, text, frist, von, am) values (?, ?, ?, ?, ?, ?)""")
        .params(nummer, runde, text, Date.valueOf(frist), von, Date.valueOf(am)).update();
  }

  /** Records the answer to the open (latest) Nachforderung. */
  void beantworte(String nummer, String antwort, String von, LocalDate am) {
    jdbc.sql("""
        update aqb_antrag_nachforderung set antwort = ?, beantwortet_von = ?, beantwortet_am = ?
        where foerderfall_nummer = ? and runde = (select max(runde) from aqb_antrag_nachforderung where foerderfall_nummer = ?)""")
        .params(antwort, von, Date.valueOf(am), nummer, nummer).update();
  }

  /** All rounds, for display (runde, text, frist, von, am, antwort, beantwortetVon, beantwortetAm). */
  public ArrayNode nachforderungen(String nummer) {
    ArrayNode runden = JsonNodeFactory.instance.arrayNode();
    jdbc.sql("""
        select runde, text, frist, von, am, antwort, beantwortet_von, beantwortet_am from aqb_antrag_nachforderung
        where foerderfall_nummer = ? order by runde""").param(nummer).query(rs -> {
          ObjectNode r = runden.addObject();
          r.put("runde", rs.getInt(1)).put("text", rs.getString(2)).put("frist", rs.getDate(3).toLocalDate().toString())
              .put("von", rs.getString(4)).put("am", rs.getDate(5).toLocalDate().toString());
          if (rs.getString(6) != null) {
            r.put("antwort", rs.getString(6)).put("beantwortetVon", rs.getString(7))
                .put("beantwortetAm", rs.getDate(8).toLocalDate().toString());
          }
        });
    return runden;
  }
}

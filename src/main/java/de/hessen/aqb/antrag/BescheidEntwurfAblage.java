package de.hessen.aqb.antrag;

import com.fasterxml.jackson.core.type.TypeReference;
import de.hessen.aqb.antrag.domain.BescheidDaten;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Bescheid draft of a case with who drafted it and who released it (aqb_bescheid_entwurf). */
@Repository
public class BescheidEntwurfAblage {

  /** A stored draft; {@code freigabeVon} is set once a second clerk decided on it. */
  public record Entwurf(String aktenzeichen, BescheidDaten.Bescheidart art, List<BescheidDaten.Position> positionen,
      LocalDate bewilligungVon, LocalDate bewilligungBis, LocalDate verwendungsnachweisFrist, String zwischennachweisFrist,
      String mittelabrufRegel, String nebenbestimmungen, List<String> begruendung, String verfasser, Instant entworfenAm,
      String freigabeEntscheidung, String freigabeVon) {}

  private static final TypeReference<List<BescheidDaten.Position>> POSITIONEN = new TypeReference<>() {};

  private final JdbcClient jdbc;

  BescheidEntwurfAblage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the case's draft (a returned draft is redrafted); the release starts anew. */
  void speichere(String nummer, Entwurf e) {
    jdbc.sql("delete from aqb_bescheid_entwurf where foerderfall_nummer = ?").param(nummer).update();
    jdbc.sql("""
        insert into aqb_bescheid_entwurf (foerderfall_nummer, aktenzeichen, art, positionen_json, bewilligung_von,
          bewilligung_bis, verwendungsnachweis_frist, zwischennachweis_frist, mittelabruf_regel, nebenbestimmungen,
          begruendung, verfasser, entworfen_am) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(nummer, e.aktenzeichen(), e.art().name(), json(e.positionen()), datum(e.bewilligungVon()),
            datum(e.bewilligungBis()), datum(e.verwendungsnachweisFrist()), e.zwischennachweisFrist(), e.mittelabrufRegel(),
            e.nebenbestimmungen(), String.join("\n", e.begruendung()), e.verfasser(), Timestamp.from(e.entworfenAm()))
        .update();
  }

  void gibFrei(String nummer, String entscheidung, String bemerkung, String von, Instant am) {
    jdbc.sql("""
        update aqb_bescheid_entwurf set freigabe_entscheidung = ?, freigabe_bemerkung = ?, freigabe_von = ?, freigabe_am = ?
        where foerderfall_nummer = ?""").params(entscheidung, bemerkung, von, Timestamp.from(am), nummer).update();
  }

  public Optional<Entwurf> entwurf(String nummer) {
    return jdbc.sql("""
        select aktenzeichen, art, positionen_json, bewilligung_von, bewilligung_bis, verwendungsnachweis_frist,
          zwischennachweis_frist, mittelabruf_regel, nebenbestimmungen, begruendung, verfasser, entworfen_am,
          freigabe_entscheidung, freigabe_von from aqb_bescheid_entwurf where foerderfall_nummer = ?""")
        .param(nummer).query(BescheidEntwurfAblage::zeile).optional();
  }

  private static Entwurf zeile(ResultSet rs, int i) throws SQLException {
    String begruendung = rs.getString(10);
    return new Entwurf(rs.getString(1), BescheidDaten.Bescheidart.valueOf(rs.getString(2)), positionen(rs.getString(3)),
        tag(rs.getDate(4)), tag(rs.getDate(5)), tag(rs.getDate(6)), rs.getString(7), rs.getString(8), rs.getString(9),
        begruendung == null || begruendung.isEmpty() ? List.of() : List.of(begruendung.split("\n")), rs.getString(11),
        rs.getTimestamp(12).toInstant(), rs.getString(13), rs.getString(14));
  }

  private static String json(List<BescheidDaten.Position> positionen) {
    try {
      return MassnahmenJson.JSON.writeValueAsString(positionen);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<BescheidDaten.Position> positionen(String json) {
    try {
      return MassnahmenJson.JSON.readValue(json, POSITIONEN);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Date datum(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static LocalDate tag(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}

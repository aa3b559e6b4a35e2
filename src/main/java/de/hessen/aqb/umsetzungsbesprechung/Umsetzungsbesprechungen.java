package de.hessen.aqb.umsetzungsbesprechung;

import de.hessen.aqb.umsetzungsbesprechung.domain.Partei;
import de.hessen.aqb.umsetzungsbesprechung.domain.Terminierung;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The meetings (aqb_umsetzungsbesprechung) and their participants (aqb_ub_teilnahme): the record, not the variables. */
@Repository
public class Umsetzungsbesprechungen {

  /** One meeting as recorded; the fields of later steps are null until they happen. */
  public record Besprechung(String nummer, int jahr, String prozessInstanz, LocalDate termin, String uhrzeit, String ort,
      String tagesordnung, String terminiertVon, String protokoll, String protokolliertVon, Instant protokolliertAm) {}

  /** An invited person; {@code anwesend} is null until the minutes are recorded. */
  public record Teilnahme(String benutzer, Partei partei, Boolean anwesend) {}

  private final JdbcClient jdbc;

  Umsetzungsbesprechungen(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Set<Integer> jahre(String nummer) {
    return new TreeSet<>(jdbc.sql("select jahr from aqb_umsetzungsbesprechung where foerderfall_nummer = ?").param(nummer)
        .query(Integer.class).list());
  }

  public Optional<Besprechung> besprechung(String nummer, int jahr) {
    return jdbc.sql(AUSWAHL + " where foerderfall_nummer = ? and jahr = ?").params(nummer, jahr).query(this::besprechung).optional();
  }

  /** The meeting a process instance of "umsetzungsbesprechung" runs (the instance id is recorded when it is started). */
  public Besprechung derInstanz(String prozessInstanz) {
    return jdbc.sql(AUSWAHL + " where prozess_instanz = ?").param(prozessInstanz).query(this::besprechung).optional()
        .orElseThrow(() -> new IllegalStateException("Zur Prozessinstanz " + prozessInstanz + " ist keine Umsetzungsbesprechung erfasst."));
  }

  /** Records that the meeting of this year was set for the case, run by this process instance. */
  public void legeAn(String nummer, int jahr, String prozessInstanz, Instant am) {
    jdbc.sql("insert into aqb_umsetzungsbesprechung (foerderfall_nummer, jahr, prozess_instanz, angesetzt_am) values (?, ?, ?, ?)")
        .params(nummer, jahr, prozessInstanz, Timestamp.from(am)).update();
  }

  /** The schedule and the invited people (a repeated scheduling replaces the invitation list). */
  public void terminiere(String nummer, int jahr, Terminierung.Termin termin, String von, Instant am) {
    jdbc.sql("""
        update aqb_umsetzungsbesprechung set termin_datum = ?, termin_uhrzeit = ?, ort = ?, tagesordnung = ?, terminiert_von = ?,
          terminiert_am = ? where foerderfall_nummer = ? and jahr = ?""")
        .params(Date.valueOf(termin.datum()), termin.uhrzeit().toString(), termin.ort(), termin.tagesordnung(), von,
            Timestamp.from(am), nummer, jahr).update();
    jdbc.sql("delete from aqb_ub_teilnahme where foerderfall_nummer = ? and jahr = ?").params(nummer, jahr).update();
    for (Terminierung.Teilnehmer t : termin.teilnehmende()) {
      jdbc.sql("insert into aqb_ub_teilnahme (foerderfall_nummer, jahr, benutzer, partei) values (?, ?, ?, ?)")
          .params(nummer, jahr, t.benutzer(), t.partei().name()).update();
    }
  }

  public List<Teilnahme> teilnahme(String nummer, int jahr) {
    return jdbc.sql("select benutzer, partei, anwesend from aqb_ub_teilnahme where foerderfall_nummer = ? and jahr = ? order by partei, benutzer")
        .params(nummer, jahr)
        .query((rs, i) -> new Teilnahme(rs.getString(1), Partei.valueOf(rs.getString(2)), (Boolean) rs.getObject(3, Boolean.class)))
        .list();
  }

  /** The minutes and the attendance; only once (a second recording of the same meeting is refused). */
  public void protokolliere(String nummer, int jahr, String protokoll, Set<String> anwesend, String von, Instant am) {
    int geaendert = jdbc.sql("""
        update aqb_umsetzungsbesprechung set protokoll = ?, protokolliert_von = ?, protokolliert_am = ?
        where foerderfall_nummer = ? and jahr = ? and protokolliert_von is null""")
        .params(protokoll, von, Timestamp.from(am), nummer, jahr).update();
    if (geaendert != 1) {
      throw new IllegalStateException("Die Umsetzungsbesprechung " + jahr + " des Förderfalls " + nummer + " ist bereits protokolliert.");
    }
    for (Teilnahme t : teilnahme(nummer, jahr)) {
      jdbc.sql("update aqb_ub_teilnahme set anwesend = ? where foerderfall_nummer = ? and jahr = ? and benutzer = ?")
          .params(anwesend.contains(t.benutzer()), nummer, jahr, t.benutzer()).update();
    }
  }

  public void speicherePdf(String nummer, int jahr, byte[] pdf) {
    jdbc.sql("update aqb_umsetzungsbesprechung set protokoll_pdf = ? where foerderfall_nummer = ? and jahr = ?")
        .params(pdf, nummer, jahr).update();
  }

  public Optional<byte[]> pdf(String nummer, int jahr) {
    return jdbc.sql("select protokoll_pdf from aqb_umsetzungsbesprechung where foerderfall_nummer = ? and jahr = ?")
        .params(nummer, jahr).query((rs, i) -> rs.getBytes(1)).optional().filter(b -> b != null);
  }

  private static final String AUSWAHL = """
      select foerderfall_nummer, jahr, prozess_instanz, termin_datum, termin_uhrzeit, ort, tagesordnung, terminiert_von,
             protokoll, protokolliert_von, protokolliert_am from aqb_umsetzungsbesprechung""";

  private Besprechung besprechung(ResultSet rs, int i) throws SQLException {
    Date termin = rs.getDate(4);
    Timestamp protokolliert = rs.getTimestamp(11);
    return new Besprechung(rs.getString(1), rs.getInt(2), rs.getString(3), termin == null ? null : termin.toLocalDate(),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
        protokolliert == null ? null : protokolliert.toInstant());
  }
}

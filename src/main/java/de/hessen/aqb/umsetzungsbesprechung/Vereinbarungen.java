package de.hessen.aqb.umsetzungsbesprechung;

import de.hessen.aqb.umsetzungsbesprechung.domain.Partei;
import de.hessen.aqb.umsetzungsbesprechung.domain.Protokoll;
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

/** The agreed follow-ups of the meetings (aqb_ub_vereinbarung) and who marked each done, when, with which note. */
@Repository
public class Vereinbarungen {

  /** One follow-up; {@code erledigtVon}/{@code erledigtAm}/{@code vermerk} null while open. */
  public record Vereinbarung(long id, String nummer, int jahr, int nr, String was, Partei zustaendig, LocalDate faelligAm,
      String erledigtVon, Instant erledigtAm, String vermerk) {}

  private final JdbcClient jdbc;

  Vereinbarungen(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void erfasse(String nummer, int jahr, List<Protokoll.Vereinbarung> vereinbarungen) {
    for (Protokoll.Vereinbarung v : vereinbarungen) {
      jdbc.sql("insert into aqb_ub_vereinbarung (foerderfall_nummer, jahr, nr, was, zustaendig, faellig_am) values (?, ?, ?, ?, ?, ?)")
          .params(nummer, jahr, v.nr(), v.was(), v.zustaendig().name(), Date.valueOf(v.faelligAm())).update();
    }
  }

  public List<Vereinbarung> der(String nummer, int jahr) {
    return jdbc.sql(AUSWAHL + " where foerderfall_nummer = ? and jahr = ? order by nr").params(nummer, jahr).query(this::zeile).list();
  }

  public Optional<Vereinbarung> vereinbarung(long id) {
    return jdbc.sql(AUSWAHL + " where id = ?").param(id).query(this::zeile).optional();
  }

  /** Marks the follow-up done, once. */
  public void erledige(long id, String von, Instant am, String vermerk) {
    int geaendert = jdbc.sql("update aqb_ub_vereinbarung set erledigt_von = ?, erledigt_am = ?, vermerk = ? where id = ? and erledigt_von is null")
        .params(von, Timestamp.from(am), vermerk, id).update();
    if (geaendert != 1) {
      throw new IllegalStateException("Die Vereinbarung " + id + " ist bereits erledigt.");
    }
  }

  private static final String AUSWAHL = """
      select id, foerderfall_nummer, jahr, nr, was, zustaendig, faellig_am, erledigt_von, erledigt_am, vermerk
      from aqb_ub_vereinbarung""";

  private Vereinbarung zeile(ResultSet rs, int i) throws SQLException {
    Timestamp erledigt = rs.getTimestamp(9);
    return new Vereinbarung(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
        Partei.valueOf(rs.getString(6)), rs.getDate(7).toLocalDate(), rs.getString(8), erledigt == null ? null : erledigt.toInstant(),
        rs.getString(10));
  }
}

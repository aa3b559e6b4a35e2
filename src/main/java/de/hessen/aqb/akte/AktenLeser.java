package de.hessen.aqb.akte;

import de.hessen.aqb.akte.domain.Eintrag;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only JDBC access of the case file to the stages' tables (ADR 14: the Akte reads every stage's records directly
 * and writes none of them). Rows come back as maps of lower-case column names, dates as {@link LocalDateTime}.
 */
@Repository
public class AktenLeser {

  static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  static final DateTimeFormatter ZEIT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final JdbcClient jdbc;

  AktenLeser(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The rows of {@code sql} with the case number as its only parameter. */
  public List<Map<String, Object>> zeilen(String sql, String nummer) {
    return zeilen(sql, new Object[] {nummer});
  }

  /** The rows of {@code sql} with these parameters (columns by lower-case label). */
  public List<Map<String, Object>> zeilen(String sql, Object... parameter) {
    return jdbc.sql(sql).params(parameter).query((rs, i) -> {
      Map<String, Object> zeile = new LinkedHashMap<>();
      var meta = rs.getMetaData();
      for (int s = 1; s <= meta.getColumnCount(); s++) {
        zeile.put(meta.getColumnLabel(s).toLowerCase(java.util.Locale.ROOT), rs.getObject(s));
      }
      return zeile;
    }).list();
  }

  public static LocalDateTime zeit(Object wert) {
    if (wert instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    if (wert instanceof Date d) {
      return d.toLocalDate().atStartOfDay();
    }
    if (wert instanceof LocalDateTime z) {
      return z;
    }
    if (wert instanceof LocalDate d) {
      return d.atStartOfDay();
    }
    return null;
  }

  /** Adds the entry when the record has a time for it (a step not yet taken has none). */
  public static void eintragen(List<Eintrag> liste, Object zeit, Object wer, String was) {
    LocalDateTime am = zeit(zeit);
    if (am != null) {
      liste.add(new Eintrag(am, text(wer), was));
    }
  }

  /** German display of a value: timestamps "30.11.2026 14:05", dates "30.11.2026", null as "". */
  public static String anzeige(Object wert) {
    if (wert == null) {
      return "";
    }
    if (wert instanceof Date || wert instanceof LocalDate) {
      return zeit(wert).toLocalDate().format(DATUM);
    }
    LocalDateTime z = zeit(wert);
    return z != null ? z.format(ZEIT) : wert.toString();
  }

  public static String text(Object wert) {
    return wert == null ? null : wert.toString();
  }

  public static byte[] bytes(Object wert) {
    return wert instanceof byte[] b ? b : null;
  }

  public static long cent(Object wert) {
    return wert == null ? 0L : ((Number) wert).longValue();
  }
}

package de.hessen.aqb.foerderfall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Copies the rows of template process instances (played through the engine) into many new ones with set-based SQL
 * ({@code insert … select … from generate_series}), for the data growth benchmark (bench/datenwachstum). Works on
 * PostgreSQL only. Copy {@code n} gets new ids ({@link #neueId}), a new Förderfall number, body (Kreisschlüssel, tenant, body group) and year,
 * and every timestamp shifted by the difference of the years. What stays shared with the template: process definitions,
 * byte arrays (documents, JSON and file variables: ACT_GE_BYTEARRAY is not copied, copies point to the template's rows,
 * so a history clean-up would remove them together) and our documents (bytea columns get a five-byte placeholder).
 */
final class Vervielfaeltigung {

  /** Id columns of Camunda's tables that name an instance-level row (copied with a new id); all others are kept. */
  private static final Set<String> INSTANZ_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
      "act_inst_id_", "parent_act_inst_id_", "task_id_", "parent_task_id_", "super_process_instance_id_", "call_proc_inst_id_",
      "var_inst_id_", "var_scope_", "job_id_", "root_dec_inst_id_", "dec_inst_id_", "operation_id_", "parent_id_", "super_exec_",
      "process_instance_id_");
  /** Text columns that may carry the Förderfall number or the body (business key, variables, tenant, groups). */
  private static final Set<String> FALLTEXTE = Set.of("business_key_", "text_", "text2_", "tenant_id_", "group_id_");

  private final JdbcClient jdbc;
  /** SQL array literal of the Kreisschlüssel to spread the copies over, e.g. {@code array['06411','06412']}. */
  private final String kreise;
  private final int anzahlKreise;

  Vervielfaeltigung(JdbcClient jdbc, List<String> kreisschluessel) {
    this.jdbc = jdbc;
    this.kreise = kreisschluessel.stream().map(k -> "'" + k.replace("'", "") + "'").collect(Collectors.joining(",", "array[", "]"));
    this.anzahlKreise = kreisschluessel.size();
  }

  /** What a copy looks like: the template's number, body and year, and how the copies' values are formed. */
  record Vorlage(String nummer, String kreis, int jahr, String kennung, String restSql, String jahrSql) {
    /** The copy's number: "AQB-" and the rest, which also appears in Aktenzeichen ("57 AQB 2025-06414"). */
    String nummerSql() {
      return "('AQB-' || " + restSql + ")";
    }

    String rest() {
      return nummer.substring("AQB-".length());
    }
  }

  /**
   * Historic Förderfälle: copy n (von ≤ n ≤ bis) of the template gets body n mod 27, year {@code ersterJahrgang} +
   * (n / 27) mod {@code jahrgaenge}, number {@code AQB-<jahr>-<kreis>-H<n>}.
   */
  Vorlage historisch(String nummer, String kreis, int jahr, int ersterJahrgang, int jahrgaenge) {
    String jahrSql = "(" + ersterJahrgang + " + (g.n / " + anzahlKreise + ") % " + jahrgaenge + ")";
    return new Vorlage(nummer, kreis, jahr, "h", jahrSql + " || '-' || " + kreisSql() + " || '-H' || g.n", jahrSql);
  }

  /** Open instances: the copies keep the template's year and get the number {@code AQB-<jahr>-<kreis>-O<n>}. */
  Vorlage offen(String nummer, String kreis, int jahr, String kennung) {
    return new Vorlage(nummer, kreis, jahr, kennung, "'" + jahr + "-' || " + kreisSql() + " || '-O' || g.n", String.valueOf(jahr));
  }

  private String kreisSql() {
    return "(" + kreise + ")[1 + g.n % " + anzahlKreise + "]";
  }

  /** Copies every row of the template's process instances (all instances with its business key) into copies von..bis. */
  long kopiereInstanzen(Vorlage v, List<String> tabellen, int von, int bis) {
    String wurzeln = "(select distinct root_proc_inst_id_ from act_hi_procinst where business_key_ = '" + v.nummer() + "')";
    String instanzen = "(select id_ from act_hi_procinst where root_proc_inst_id_ in " + wurzeln + ")";
    String aufgaben = "(select id_ from act_hi_taskinst where root_proc_inst_id_ in " + wurzeln + ")";
    long zeilen = 0;
    for (String tabelle : nachFremdschluesseln(tabellen)) {
      List<String> spalten = spalten(tabelle);
      String auswahl;
      if (tabelle.equals("act_ru_authorization")) {
        auswahl = "v.resource_type_ = 7 and v.resource_id_ in " + aufgaben;
      } else if (spalten.contains("root_proc_inst_id_")) {
        auswahl = "v.root_proc_inst_id_ in " + wurzeln;
      } else if (spalten.contains("proc_inst_id_")) {
        auswahl = "v.proc_inst_id_ in " + instanzen;
      } else if (spalten.contains("task_id_")) {
        auswahl = "v.task_id_ in " + aufgaben;
      } else {
        throw new IllegalArgumentException("Keine Auswahl der Vorlage für " + tabelle);
      }
      zeilen += kopiere(tabelle, spalten, v, auswahl, von, bis, camundaAusdruck(tabelle, v));
    }
    return zeilen;
  }

  /** Copies our own rows of the template case: every table with a column foerderfall_nummer, and aqb_foerderfall. */
  long kopiereEigene(Vorlage v, int von, int bis, List<String> nur) {
    List<String> tabellen = new ArrayList<>(jdbc.sql("""
        select distinct table_name from information_schema.columns where table_schema = current_schema()
        and table_name like 'aqb\\_%' and column_name = 'foerderfall_nummer' order by table_name""").query(String.class).list());
    if (nur != null) {
      tabellen.retainAll(nur);
    }
    long zeilen = kopiere("aqb_foerderfall", spalten("aqb_foerderfall"), v, "v.nummer = '" + v.nummer() + "'", von, bis,
        eigenerAusdruck("aqb_foerderfall", v));
    for (String tabelle : nachFremdschluesseln(tabellen)) {
      zeilen += kopiere(tabelle, spalten(tabelle), v, "v.foerderfall_nummer = '" + v.nummer() + "'", von, bis,
          eigenerAusdruck(tabelle, v));
    }
    return zeilen;
  }

  /** The tables in an order in which every table comes after the tables its foreign keys point to. */
  private List<String> nachFremdschluesseln(List<String> tabellen) {
    Map<String, List<String>> ziele = new HashMap<>();
    jdbc.sql("select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c where c.contype = 'f'")
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
        .forEach(e -> ziele.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    List<String> reihenfolge = new ArrayList<>();
    List<String> offen = new ArrayList<>(tabellen);
    while (!offen.isEmpty()) {
      String naechste = offen.stream().filter(t -> ziele.getOrDefault(t, List.of()).stream()
          .allMatch(z -> z.equals(t) || !offen.contains(z))).findFirst()
          .orElseThrow(() -> new IllegalStateException("Fremdschlüssel im Kreis: " + offen));
      reihenfolge.add(naechste);
      offen.remove(naechste);
    }
    return reihenfolge;
  }

  private interface Ausdruck {
    /** The value of column {@code spalte} (data type {@code typ}) in a copy, or null to leave the column out. */
    String fuer(String spalte, String typ);
  }

  private Ausdruck camundaAusdruck(String tabelle, Vorlage v) {
    return (spalte, typ) -> {
      if (INSTANZ_IDS.contains(spalte) || (tabelle.equals("act_ru_authorization") && spalte.equals("resource_id_"))) {
        return neueId("v." + spalte, v);
      }
      if (FALLTEXTE.contains(spalte)) {
        return ersetzt("v." + spalte, v);
      }
      if (spalte.equals("long_") && (tabelle.endsWith("varinst") || tabelle.endsWith("detail") || tabelle.endsWith("variable"))) {
        return "case when v.name_ = 'jahr' then " + v.jahrSql() + " else v.long_ end";
      }
      return zeit(spalte, typ, v);
    };
  }

  private Ausdruck eigenerAusdruck(String tabelle, Vorlage v) {
    List<String> identitaet = jdbc.sql("""
        select column_name from information_schema.columns where table_schema = current_schema() and table_name = ?
        and (is_identity = 'YES' or column_default like 'nextval%')""").param(tabelle).query(String.class).list();
    return (spalte, typ) -> {
      if (identitaet.contains(spalte)) {
        return null;
      }
      if (spalte.equals("foerderfall_nummer") || (spalte.equals("nummer") && tabelle.equals("aqb_foerderfall"))) {
        return v.nummerSql();
      }
      return switch (spalte) {
        case "kreisschluessel" -> kreisSql();
        case "jahr", "haushaltsjahr" -> "v." + spalte + " + (" + v.jahrSql() + " - " + v.jahr() + ")";
        case "aktiv_schluessel" -> "null";
        case "prozessinstanz_id", "prozess_instanz" -> neueId("v." + spalte, v);
        default -> typ.equals("bytea") ? "decode('255044462d', 'hex')"
            : typ.equals("character varying") || typ.equals("text") ? ersetzt("v." + spalte, v) : zeit(spalte, typ, v);
      };
    };
  }

  /**
   * The id in copy n: the last twelve characters replaced by the copy's mark and n in hex. Camunda's ids are time-based
   * UUIDs whose last twelve characters (the node) are the same for every id of this engine, so the rest is unique per id;
   * the mark is no hex digit, so no copy's id equals an id the engine makes. The length stays (ids of activity instances,
   * "Activity_X:uuid", fill most of their 64 characters).
   */
  private static String neueId(String spalte, Vorlage v) {
    return "case when " + spalte + " is null then null else left(" + spalte + ", length(" + spalte + ") - 12) || '" + v.kennung()
        + "' || lpad(to_hex(g.n), 11, '0') end";
  }

  private String ersetzt(String ausdruck, Vorlage v) {
    return "replace(replace(" + ausdruck + ", '" + v.rest() + "', " + v.restSql() + "), '" + v.kreis() + "', " + kreisSql() + ")";
  }

  private static String zeit(String spalte, String typ, Vorlage v) {
    String verschiebung = "make_interval(years => " + v.jahrSql() + " - " + v.jahr() + ")";
    if (typ.startsWith("timestamp")) {
      return "v." + spalte + " + " + verschiebung;
    }
    if (typ.equals("date")) {
      return "(v." + spalte + " + " + verschiebung + ")::date";
    }
    return "v." + spalte;
  }

  private long kopiere(String tabelle, List<String> spalten, Vorlage v, String auswahl, int von, int bis, Ausdruck ausdruck) {
    List<String> ziel = new ArrayList<>();
    List<String> werte = new ArrayList<>();
    for (String spalte : spalten) {
      String wert = ausdruck.fuer(spalte, typ(tabelle, spalte));
      if (wert != null) {
        ziel.add(spalte);
        werte.add(wert);
      }
    }
    String sql = "insert into " + tabelle + " (" + String.join(", ", ziel) + ") select " + String.join(", ", werte) + " from "
        + tabelle + " v cross join generate_series(" + von + ", " + bis + ") as g(n) where " + auswahl;
    return jdbc.sql(sql).update();
  }

  private List<String> spalten(String tabelle) {
    return jdbc.sql("select column_name from information_schema.columns where table_schema = current_schema() and table_name = ? "
        + "order by ordinal_position").param(tabelle.toLowerCase(Locale.ROOT)).query(String.class).list();
  }

  private String typ(String tabelle, String spalte) {
    return jdbc.sql("select data_type from information_schema.columns where table_schema = current_schema() and table_name = ? "
        + "and column_name = ?").params(tabelle, spalte).query(String.class).single();
  }

  /** Camunda's tables of this kind ("act_hi_%", "act_ru_%") that hold rows of the template's instances. */
  List<String> tabellenMitZeilen(String muster, Vorlage v) {
    List<String> alle = jdbc.sql("""
        select table_name from information_schema.tables where table_schema = current_schema() and table_name like ?
        order by table_name""").param(muster).query(String.class).list();
    String wurzeln = "(select distinct root_proc_inst_id_ from act_hi_procinst where business_key_ = '" + v.nummer() + "')";
    List<String> mit = new ArrayList<>();
    for (String t : alle) {
      List<String> s = spalten(t);
      String aufgaben = "(select id_ from act_hi_taskinst where root_proc_inst_id_ in " + wurzeln + ")";
      String bedingung = t.equals("act_ru_authorization") ? "resource_type_ = 7 and resource_id_ in " + aufgaben
          : s.contains("root_proc_inst_id_") ? "root_proc_inst_id_ in " + wurzeln
          : s.contains("proc_inst_id_") ? "proc_inst_id_ in (select id_ from act_hi_procinst where root_proc_inst_id_ in " + wurzeln + ")"
          : s.contains("task_id_") ? "task_id_ in " + aufgaben
          : null;
      if (bedingung != null && !t.equals("act_ge_bytearray")
          && jdbc.sql("select count(*) from " + t + " where " + bedingung).query(Long.class).single() > 0) {
        mit.add(t);
      }
    }
    return mit;
  }
}

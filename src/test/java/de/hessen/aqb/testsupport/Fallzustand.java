package de.hessen.aqb.testsupport;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * Everything a refused input must leave as it was: every row of the application's own tables ({@code aqb_*}: register,
 * agreements, ledger, Bescheide, Nachweise, portal), the variables and open tasks of the case's instances, and the
 * number of mails sent. Two snapshots are equal when nothing changed.
 */
public record Fallzustand(Map<String, List<String>> tabellen, Map<String, String> variablen, List<String> aufgaben, int mails) {

  public static Fallzustand von(DataSource datenbank, ProcessEngine engine, String foerderfallNummer, int mails) {
    return new Fallzustand(tabellen(datenbank), variablen(engine, foerderfallNummer), aufgaben(engine, foerderfallNummer), mails);
  }

  private static Map<String, List<String>> tabellen(DataSource datenbank) {
    Map<String, List<String>> inhalt = new TreeMap<>();
    try (Connection verbindung = datenbank.getConnection()) {
      DatabaseMetaData meta = verbindung.getMetaData();
      List<String> namen = new ArrayList<>();
      try (ResultSet tabellen = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (tabellen.next()) {
          String name = tabellen.getString("TABLE_NAME");
          if (name.toLowerCase().startsWith("aqb_")) {
            namen.add(name);
          }
        }
      }
      for (String name : namen) {
        List<String> zeilen = new ArrayList<>();
        try (Statement abfrage = verbindung.createStatement(); ResultSet rs = abfrage.executeQuery("select * from \"" + name + "\"")) {
          ResultSetMetaData spalten = rs.getMetaData();
          while (rs.next()) {
            StringBuilder zeile = new StringBuilder();
            for (int i = 1; i <= spalten.getColumnCount(); i++) {
              Object wert = rs.getObject(i);
              zeile.append(spalten.getColumnName(i).toLowerCase()).append('=')
                  .append(wert instanceof byte[] b ? "bytes#" + Arrays.hashCode(b) + "/" + b.length : String.valueOf(wert)).append(';');
            }
            zeilen.add(zeile.toString());
          }
        }
        zeilen.sort(String::compareTo);
        inhalt.put(name.toLowerCase(), zeilen);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    return inhalt;
  }

  private static Map<String, String> variablen(ProcessEngine engine, String nummer) {
    String[] ids = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(nummer).list().stream()
        .map(ProcessInstance::getId).toArray(String[]::new);
    Map<String, String> werte = new TreeMap<>();
    if (ids.length == 0) {
      return werte;
    }
    for (VariableInstance v : engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(ids)
        .disableCustomObjectDeserialization().list()) {
      Object wert = v.getTypedValue() instanceof FileValue datei ? "Datei " + datei.getFilename() : v.getValue();
      werte.put(v.getProcessInstanceId() + "/" + v.getExecutionId() + "/" + v.getName(),
          wert instanceof byte[] b ? "bytes#" + Arrays.hashCode(b) : String.valueOf(wert));
    }
    return werte;
  }

  private static List<String> aufgaben(ProcessEngine engine, String nummer) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(nummer).list().stream()
        .map(t -> t.getTaskDefinitionKey() + "/" + t.getId() + "/" + t.getAssignee()).sorted().toList();
  }
}

package de.hessen.aqb.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Benchmark helper: counts the SQL statements and transactions that pass through the application's {@link DataSource}
 * (a JDK proxy around the pool, its connections and statements). A statement is one execution, or one row added to a
 * JDBC batch (Camunda batches its inserts, updates and deletes on PostgreSQL); a transaction is one commit or
 * rollback. Counts are global: measure only while one thread works (the job executor off).
 */
public final class SqlZaehler {

  private static final LongAdder ANWEISUNGEN = new LongAdder();
  private static final LongAdder TRANSAKTIONEN = new LongAdder();
  private static final Map<String, LongAdder> JE_ANWEISUNG = new ConcurrentHashMap<>();

  private SqlZaehler() {}

  public record Stand(long anweisungen, long transaktionen) {
    public Stand minus(Stand vorher) {
      return new Stand(anweisungen - vorher.anweisungen, transaktionen - vorher.transaktionen);
    }
  }

  public static Stand stand() {
    return new Stand(ANWEISUNGEN.sum(), TRANSAKTIONEN.sum());
  }

  /** Forgets the counts per statement text (the totals keep running). */
  public static void leereProfil() {
    JE_ANWEISUNG.clear();
  }

  /** The {@code n} most frequent statements since {@link #leereProfil()}, as "count  kind table". */
  public static List<String> haeufigste(int n) {
    return JE_ANWEISUNG.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum())
        .reversed()).limit(n).map(e -> String.format("%7d  %s", e.getValue().sum(), e.getKey())).toList();
  }

  /** Registers the counting proxy around the application's DataSource (import into the benchmark's context). */
  @Configuration
  public static class Konfiguration {
    @Bean
    static BeanPostProcessor sqlZaehlerProxy() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass()) ? umhuelle(ds, DataSource.class, null) : bean;
        }
      };
    }
  }

  static <T> T umhuelle(Object ziel, Class<T> typ, String sql) {
    return typ.cast(Proxy.newProxyInstance(SqlZaehler.class.getClassLoader(), new Class<?>[] {typ}, new Weiterleitung(ziel, sql)));
  }

  private static void zaehle(String sql) {
    ANWEISUNGEN.increment();
    JE_ANWEISUNG.computeIfAbsent(kurz(sql), k -> new LongAdder()).increment();
  }

  /** "select ACT_RU_TASK", "insert ACT_HI_DETAIL" …: the kind of statement and its first table. */
  static String kurz(String sql) {
    if (sql == null) {
      return "?";
    }
    String s = sql.replaceAll("\\s+", " ").trim();
    String art = s.split(" ", 2)[0].toLowerCase();
    var m = java.util.regex.Pattern.compile("(?i)\\b(from|into|update)\\s+([a-z_0-9.]+)").matcher(s);
    String tabelle = m.find() ? m.group(2).toUpperCase() : "";
    if (art.equals("select") && s.toLowerCase().contains("count(")) {
      art = "select count";
    }
    return art + " " + tabelle + "  [" + (s.length() > 90 ? s.substring(0, 90) : s) + "]";
  }

  private static final class Weiterleitung implements InvocationHandler {
    private final Object ziel;
    private final String sql;

    Weiterleitung(Object ziel, String sql) {
      this.ziel = ziel;
      this.sql = sql;
    }

    @Override
    public Object invoke(Object proxy, Method methode, Object[] args) throws Throwable {
      String name = methode.getName();
      if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(ziel)) {
        return ziel;
      }
      Object ergebnis;
      try {
        ergebnis = methode.invoke(ziel, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      switch (name) {
        case "getConnection" -> {
          return umhuelle(ergebnis, Connection.class, null);
        }
        case "createStatement" -> {
          return umhuelle(ergebnis, Statement.class, null);
        }
        case "prepareStatement" -> {
          return umhuelle(ergebnis, PreparedStatement.class, (String) args[0]);
        }
        case "prepareCall" -> {
          return umhuelle(ergebnis, java.sql.CallableStatement.class, (String) args[0]);
        }
        case "commit", "rollback" -> {
          if (ziel instanceof Connection) {
            TRANSAKTIONEN.increment();
          }
        }
        case "addBatch" -> zaehle(args != null && args.length == 1 && args[0] instanceof String s ? s : sql);
        case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" ->
            zaehle(args != null && args.length > 0 && args[0] instanceof String s ? s : sql);
        default -> { }
      }
      return ergebnis;
    }
  }
}

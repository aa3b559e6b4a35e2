package de.hessen.aqb.plattform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import de.hessen.aqb.gemeinsam.Geld;
import de.hessen.aqb.gemeinsam.UngueltigeEingabe;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One typed accessor per process variable: its name and how a value arriving from a form, the REST
 * API or Java code is read. Forms deliver numbers as Long, Double or String and dates as
 * "yyyy-MM-dd" strings; the accessor hides that from delegates and tests.
 */
public class ProzessVariable<T> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Function<Object, T> lesen;

  private ProzessVariable(String name, Function<Object, T> lesen) {
    this.name = name;
    this.lesen = lesen;
  }

  public String name() {
    return name;
  }

  /** The value, or null when the variable is absent or empty. */
  public T von(VariableScope scope) {
    return lies(scope.getVariable(name));
  }

  public T lies(Object roh) {
    if (roh == null || (roh instanceof String s && s.isBlank())) {
      return null;
    }
    return lesen.apply(roh);
  }

  /** Sets the variable where it lives (or in the process instance); a value it already holds is not written again. */
  public void setze(VariableScope scope, Object wert) {
    setzeWennGeaendert(scope, name, wert);
  }

  /**
   * Sets the variable like {@link VariableScope#setVariable} unless it already holds exactly this value (same type,
   * equal value; for JSON the same text). Camunda writes an unchanged value again: a runtime update, a history detail
   * and, for JSON, two more byte arrays, telling nobody anything (docs/PERFORMANCE.md). Reading and writing walk the
   * scopes alike, so skipping leaves every scope as writing would; an absent variable is always written (an expression
   * may need it to exist, even as null); files are always written.
   */
  public static void setzeWennGeaendert(VariableScope scope, String name, Object wert) {
    if (!unveraendert(scope, name, wert)) {
      scope.setVariable(name, wert);
    }
  }

  static boolean unveraendert(VariableScope scope, String name, Object wert) {
    if (!scope.hasVariable(name)) {
      return false;
    }
    TypedValue alt = scope.getVariableTyped(name, false);
    if (alt == null) {
      return false;
    }
    if (wert instanceof SerializableValue neu) {
      return alt instanceof SerializableValue a && !(alt instanceof FileValue) && neu.getType() != null
          && neu.getType().equals(a.getType()) && neu.getValueSerialized() != null
          && neu.getValueSerialized().equals(a.getValueSerialized());
    }
    if (wert instanceof TypedValue || alt instanceof SerializableValue || alt instanceof FileValue) {
      return false;
    }
    Object a = alt.getValue();
    return wert == null ? a == null : a != null && a.getClass() == wert.getClass() && a.equals(wert);
  }

  /** Sets the variable in the scope itself (one instance of a multi-instance activity), not in an outer one. */
  public void setzeLokal(VariableScope scope, Object wert) {
    scope.setVariableLocal(name, wert);
  }

  public static ProzessVariable<String> text(String name) {
    return new ProzessVariable<>(name, roh -> roh.toString().strip());
  }

  public static ProzessVariable<Integer> ganzzahl(String name) {
    return new ProzessVariable<>(name, roh -> {
      if (roh instanceof Number n) {
        BigDecimal wert = new BigDecimal(n.toString());
        if (wert.stripTrailingZeros().scale() > 0) {
          throw new UngueltigeEingabe("„" + n + "“ ist keine ganze Zahl.");
        }
        return wert.intValueExact();
      }
      try {
        return Integer.valueOf(roh.toString().strip());
      } catch (NumberFormatException e) {
        throw new UngueltigeEingabe("„" + roh + "“ ist keine ganze Zahl.");
      }
    });
  }

  /** An amount in euro cents, stored as Long. */
  public static ProzessVariable<Long> cent(String name) {
    return new ProzessVariable<>(name, roh -> ((Number) roh).longValue());
  }

  public static ProzessVariable<Boolean> wahrheitswert(String name) {
    return new ProzessVariable<>(name, roh -> roh instanceof Boolean b ? b : Boolean.valueOf(roh.toString()));
  }

  /** A euro amount as typed (String from forms, or a number); read exactly. */
  public static ProzessVariable<BigDecimal> betrag(String name) {
    return new ProzessVariable<>(name, roh -> roh instanceof Double || roh instanceof Float
        ? BigDecimal.valueOf(((Number) roh).doubleValue())
        : Geld.euro(roh.toString(), null));
  }

  /** A calendar date as delivered by forms ("yyyy-MM-dd", also with a time part) or a java.util.Date. */
  public static ProzessVariable<LocalDate> datum(String name) {
    return new ProzessVariable<>(name, roh -> {
      if (roh instanceof java.util.Date d) {
        return d.toInstant().atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate();
      }
      String text = roh.toString().strip();
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        throw new UngueltigeEingabe("„" + roh + "“ ist kein gültiges Datum.");
      }
    });
  }

  /** A JSON variable (lists from dynamic form lists, tables); written as Camunda Json so Tasklist forms can read it. */
  public static ProzessVariable<JsonNode> json(String name) {
    return new ProzessVariable<>(name, roh -> {
      try {
        return JSON.readTree(roh.toString());
      } catch (JsonProcessingException e) {
        throw new UngueltigeEingabe("Die Liste „" + name + "“ ist kein gültiges JSON.");
      }
    });
  }

  public static ProzessVariable<FileValue> datei(String name) {
    return new ProzessVariable<>(name, roh -> (FileValue) roh) {
      @Override
      public FileValue von(VariableScope scope) {
        TypedValue wert = scope.getVariableTyped(name());
        return wert instanceof FileValue datei && datei.getValue() != null ? datei : null;
      }
    };
  }

  /** The Camunda value to store a JSON tree as Json variable. */
  public static TypedValue alsJson(JsonNode knoten) {
    return SpinValues.jsonValue(knoten.toString()).create();
  }
}

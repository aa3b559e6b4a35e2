package de.hessen.aqb.plattform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/**
 * A variable that already holds the value is not written again (ADR 23); everything else is written as before: absent
 * variables (even null), another type, another JSON text, files.
 */
class UnveraenderteVariablenTest {

  /** A scope holding typed values as the engine returns them without deserializing; records every write. */
  static final class Bereich {
    final Map<String, TypedValue> werte = new HashMap<>();
    final List<String> geschrieben = new ArrayList<>();
    final VariableScope scope = (VariableScope) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {VariableScope.class}, (p, m, a) -> switch (m.getName()) {
          case "hasVariable" -> werte.containsKey((String) a[0]);
          case "getVariableTyped" -> werte.get((String) a[0]);
          case "setVariable" -> {
            geschrieben.add((String) a[0]);
            werte.put((String) a[0], a[1] instanceof TypedValue t ? t : Variables.untypedValue(a[1]));
            yield null;
          }
          default -> throw new UnsupportedOperationException(m.getName());
        });
  }

  @Test
  void derselbeWertWirdNichtNochmalGeschrieben() {
    Bereich b = new Bereich();
    ProzessVariable<String> anzeige = ProzessVariable.text("offenAnzeige");
    anzeige.setze(b.scope, "1.000,00 €");
    anzeige.setze(b.scope, "1.000,00 €");
    anzeige.setze(b.scope, "900,00 €");
    assertThat(b.geschrieben).containsExactly("offenAnzeige", "offenAnzeige");
  }

  @Test
  void gleichesJsonNichtNochmalAnderesJsonSchon() {
    Bereich b = new Bereich();
    ProzessVariable<?> stand = ProzessVariable.json("massnahmenStand");
    var liste = JsonNodeFactory.instance.arrayNode();
    liste.addObject().put("id", "M1").put("bewilligt", "300.000,00 €");
    stand.setze(b.scope, ProzessVariable.alsJson(liste));
    stand.setze(b.scope, ProzessVariable.alsJson(liste.deepCopy()));
    liste.addObject().put("id", "M2");
    stand.setze(b.scope, ProzessVariable.alsJson(liste));
    assertThat(b.geschrieben).hasSize(2);
  }

  @Test
  void fehlendeVariablenAndereTypenUndDateienWerdenGeschrieben() {
    Bereich b = new Bereich();
    ProzessVariable.setzeWennGeaendert(b.scope, "bemerkung", null);
    ProzessVariable.setzeWennGeaendert(b.scope, "bemerkung", null);
    assertThat(b.geschrieben).as("null legt die Variable an, danach unverändert").containsExactly("bemerkung");
    ProzessVariable.setzeWennGeaendert(b.scope, "jahr", 2025);
    ProzessVariable.setzeWennGeaendert(b.scope, "jahr", 2025L);
    ProzessVariable.setzeWennGeaendert(b.scope, "jahr", 2025L);
    var datei = Variables.fileValue("bescheid.pdf").file(new byte[] {1, 2}).mimeType("application/pdf").create();
    ProzessVariable.setzeWennGeaendert(b.scope, "bescheidPdf", datei);
    ProzessVariable.setzeWennGeaendert(b.scope, "bescheidPdf", datei);
    assertThat(b.geschrieben).containsExactly("bemerkung", "jahr", "jahr", "bescheidPdf", "bescheidPdf");
  }
}

package de.hessen.aqb.akte;

import de.hessen.aqb.akte.domain.Aktenstueck;
import de.hessen.aqb.akte.domain.Beitrag;
import de.hessen.aqb.fall.Fallkopf;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Belegliste exactly as the body uploaded it (the accepted file of the last Fassung): the ledger keeps its rows and
 * name, the file itself is the Nachweis instance's variable {@value #VARIABLE}, read from the engine's history.
 */
@Component
@Order(75)
class BeleglisteBeitrag implements AktenBeitrag {

  /** The accepted Belegliste of the Nachweis stage (nachweis.camunda.NachweisVariablen.BELEGLISTE_EINGEREICHT). */
  static final String VARIABLE = "beleglisteEingereicht";

  private final HistoryService history;

  BeleglisteBeitrag(HistoryService history) {
    this.history = history;
  }

  @Override
  public Beitrag fuer(Fallkopf fall) {
    String[] instanzen = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(fall.nummer()).list().stream()
        .map(HistoricProcessInstance::getId).sorted().toArray(String[]::new);
    if (instanzen.length == 0) {
      return Beitrag.leer();
    }
    List<Aktenstueck> s = new ArrayList<>();
    // the newest accepted file (a Nachforderung round may have replaced it), in a stable order
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery().processInstanceIdIn(instanzen)
        .variableName(VARIABLE).list().stream().sorted(Comparator.comparing(HistoricVariableInstance::getCreateTime)
            .thenComparing(HistoricVariableInstance::getId).reversed()).toList()) {
      if (v.getTypedValue() instanceof FileValue datei && datei.getValue() != null) {
        String name = datei.getFilename() == null ? "belegliste" : datei.getFilename();
        int punkt = name.lastIndexOf('.');
        String endung = punkt < 0 ? "" : "." + Aktenstueck.dateiname(name.substring(punkt + 1)).toLowerCase(java.util.Locale.ROOT);
        s.add(new Aktenstueck(VerwendungsnachweisBeitrag.ORDNER + "Belegliste-" + Aktenstueck.dateiname(
            punkt < 0 ? name : name.substring(0, punkt)) + endung, "Belegliste, wie hochgeladen („" + name + "“)", lies(datei)));
      }
    }
    return Beitrag.aus(s.size() > 1 ? s.subList(0, 1) : s, List.of());
  }

  private static byte[] lies(FileValue datei) {
    try (InputStream in = datei.getValue()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

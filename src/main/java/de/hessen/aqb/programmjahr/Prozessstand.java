package de.hessen.aqb.programmjahr;

import de.hessen.aqb.programmjahr.domain.Uebersicht;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the engine knows about a year's cases (business keys AQB-jahr-…): the deepest running stage, open tasks by due date,
 * open incidents. Queried without the caller's engine authorizations; the overview itself filters by body.
 */
@Component
public class Prozessstand {

  /** Stage models in lifecycle order, with the stage's name in the overview. */
  private static final List<Map.Entry<String, String>> STUFEN = List.of(Map.entry("zielvereinbarung", "Zielvereinbarung"),
      Map.entry("antrag", "Antrag und Bescheid"), Map.entry("durchfuehrung", "Durchführung"), Map.entry("nachweis", "Nachweis"));
  private static final ZoneId HESSEN = ZoneId.of("Europe/Berlin");

  private final RuntimeService runtime;
  private final TaskService aufgaben;
  private final IdentityService identitaet;

  Prozessstand(RuntimeService runtime, TaskService aufgaben, IdentityService identitaet) {
    this.runtime = runtime;
    this.aufgaben = aufgaben;
    this.identitaet = identitaet;
  }

  /** The stage of each running case by number (the deepest running stage model). */
  public Map<String, String> stufen(int jahr) {
    return ohneAnmeldung(() -> {
      Map<String, Integer> tiefste = new HashMap<>();
      for (ProcessInstance instanz : instanzen(jahr)) {
        String schluessel = definitionsschluessel(instanz.getProcessDefinitionId());
        for (int i = 0; i < STUFEN.size(); i++) {
          if (STUFEN.get(i).getKey().equals(schluessel)) {
            tiefste.merge(instanz.getBusinessKey(), i, Math::max);
          }
        }
      }
      Map<String, String> stufen = new HashMap<>();
      tiefste.forEach((nummer, i) -> stufen.put(nummer, STUFEN.get(i).getValue()));
      return stufen;
    });
  }

  public List<Uebersicht.Frist> faelligBis(int jahr, LocalDate bis) {
    return ohneAnmeldung(() -> {
      Map<String, String> nummerJeInstanz = nummerJeInstanz(jahr);
      List<Uebersicht.Frist> fristen = new ArrayList<>();
      for (Task t : aufgaben.createTaskQuery().processInstanceBusinessKeyLike(praefix(jahr))
          .dueBefore(java.util.Date.from(bis.plusDays(1).atStartOfDay(HESSEN).toInstant())).list()) {
        String nummer = nummerJeInstanz.get(t.getProcessInstanceId());
        if (nummer != null) {
          fristen.add(new Uebersicht.Frist(nummer, kreisschluessel(nummer), t.getName(),
              t.getDueDate().toInstant().atZone(HESSEN).toLocalDate()));
        }
      }
      fristen.sort(Comparator.comparing(Uebersicht.Frist::faellig).thenComparing(Uebersicht.Frist::foerderfallNummer));
      return fristen;
    });
  }

  public List<Uebersicht.Stoerung> stoerungen(int jahr) {
    return ohneAnmeldung(() -> {
      Map<String, String> nummerJeInstanz = nummerJeInstanz(jahr);
      return runtime.createIncidentQuery().list().stream().filter(i -> nummerJeInstanz.containsKey(i.getProcessInstanceId()))
          .map(i -> {
            String nummer = nummerJeInstanz.get(i.getProcessInstanceId());
            return new Uebersicht.Stoerung(nummer, kreisschluessel(nummer), i.getActivityId(), i.getIncidentMessage());
          }).toList();
    });
  }

  private List<ProcessInstance> instanzen(int jahr) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(praefix(jahr)).list();
  }

  private Map<String, String> nummerJeInstanz(int jahr) {
    Map<String, String> m = new HashMap<>();
    instanzen(jahr).forEach(p -> m.put(p.getId(), p.getBusinessKey()));
    return m;
  }

  private static String definitionsschluessel(String definitionId) {
    return definitionId.substring(0, definitionId.indexOf(':'));
  }

  private static String praefix(int jahr) {
    return "AQB-" + jahr + "-%";
  }

  /** AQB-2027-06414(-2) → 06414. */
  static String kreisschluessel(String nummer) {
    String[] teile = nummer.split("-");
    return teile.length >= 3 ? teile[2] : "";
  }

  private <T> T ohneAnmeldung(java.util.function.Supplier<T> abfrage) {
    Authentication wer = identitaet.getCurrentAuthentication();
    identitaet.clearAuthentication();
    try {
      return abfrage.get();
    } finally {
      if (wer != null) {
        identitaet.setAuthentication(wer);
      }
    }
  }
}

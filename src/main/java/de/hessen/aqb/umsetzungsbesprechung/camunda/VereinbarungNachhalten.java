package de.hessen.aqb.umsetzungsbesprechung.camunda;

import static de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungVariablen.*;

import de.hessen.aqb.plattform.Bearbeiter;
import de.hessen.aqb.umsetzungsbesprechung.VereinbarungNachhaltung;
import de.hessen.aqb.umsetzungsbesprechung.Vereinbarungen.Vereinbarung;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Vereinbarung nachhalten": the task is named after the follow-up and shows it (create; the note starts local to the
 * instance's execution, where a completion writes it, so parallel completions never share it); completing records who
 * marked it done, when, with the note.
 */
@Configuration
class VereinbarungNachhalten {

  private final VereinbarungNachhaltung nachhaltung;

  VereinbarungNachhalten(VereinbarungNachhaltung nachhaltung) {
    this.nachhaltung = nachhaltung;
  }

  @Bean("vereinbarungVorbereiten")
  TaskListener vorbereiten() {
    return aufgabe -> {
      Vereinbarung v = nachhaltung.vereinbarung(aufgabe.getProcessInstanceId(), VEREINBARUNG_ID.von(aufgabe));
      aufgabe.setName(VereinbarungNachhaltung.aufgabenname(v));
      aufgabe.setVariableLocal(VEREINBARUNG_WAS.name(), v.was());
      aufgabe.setVariableLocal(VEREINBARUNG_ANZEIGE.name(), VereinbarungNachhaltung.anzeige(v));
      aufgabe.getExecution().setVariableLocal(ERLEDIGUNGSVERMERK.name(), null);
    };
  }

  @Bean("vereinbarungErledigen")
  TaskListener erledigen(Bearbeiter bearbeiter) {
    return aufgabe -> nachhaltung.erledige(aufgabe.getProcessInstanceId(), VEREINBARUNG_ID.von(aufgabe),
        ERLEDIGUNGSVERMERK.von(aufgabe), bearbeiter.von(aufgabe));
  }
}

package de.hessen.aqb.durchfuehrung.camunda;

import static de.hessen.aqb.durchfuehrung.camunda.DurchfuehrungVariablen.DURCHFUEHRUNG_BEENDET;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The body's branch reached one of its ends (closed, request period over, everything paid): marks the instance so the
 * ministry's autumn loop ends too ("Durchführung beendet"); requests still open run to their decision.
 */
@Component("durchfuehrungBeenden")
class DurchfuehrungBeenden implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DURCHFUEHRUNG_BEENDET.setze(execution.getProcessInstance(), true);
  }
}

package de.hessen.aqb.umsetzungsbesprechung.camunda;

import static de.hessen.aqb.umsetzungsbesprechung.camunda.UmsetzungsbesprechungVariablen.VEREINBARUNG_ID;

import de.hessen.aqb.fall.Faelle;
import de.hessen.aqb.umsetzungsbesprechung.VereinbarungNachhaltung;
import de.hessen.aqb.umsetzungsbesprechung.Vereinbarungen.Vereinbarung;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Read by the model's multi-instance "Vereinbarung nachhalten" ({@code ${umsetzungsbesprechungNachhaltung.…(execution)}}):
 * the follow-ups of the meeting from the record, and per instance its owner's group and its Wiedervorlage date.
 */
@Component("umsetzungsbesprechungNachhaltung")
public class Nachhaltung {

  private final Faelle faelle;
  private final VereinbarungNachhaltung nachhaltung;

  Nachhaltung(Faelle faelle, VereinbarungNachhaltung nachhaltung) {
    this.faelle = faelle;
    this.nachhaltung = nachhaltung;
  }

  /** The collection of the multi-instance: the follow-ups' ids. */
  public List<Long> vereinbarungen(DelegateExecution execution) {
    return nachhaltung.ids(execution.getProcessInstanceId());
  }

  /** Candidate group of the follow-up's owner. */
  public String gruppe(DelegateExecution execution) {
    return VereinbarungNachhaltung.gruppe(vereinbarung(execution), faelle.kopf(execution));
  }

  /** Follow-up and due date: the agreed date. */
  public Date wiedervorlage(DelegateExecution execution) {
    return nachhaltung.wiedervorlage(vereinbarung(execution));
  }

  private Vereinbarung vereinbarung(DelegateExecution execution) {
    return nachhaltung.vereinbarung(execution.getProcessInstanceId(), VEREINBARUNG_ID.von(execution));
  }
}

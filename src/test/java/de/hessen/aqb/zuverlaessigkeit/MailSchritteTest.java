package de.hessen.aqb.zuverlaessigkeit;

import static org.assertj.core.api.Assertions.assertThat;

import de.hessen.aqb.mail.MailVersand;
import de.hessen.aqb.testsupport.AqbSpringBootTest;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every mail of every stage (issue 14, mail outage): each step whose delegate can reach {@link MailVersand} is a job of
 * its own — asynchronous before (the clerk's transaction is saved first) and after (the next step does not share its
 * transaction), with a retry cycle — so an SMTP outage makes the job fail, retry and end as an incident, nothing else
 * is rolled back, and after recovery the retried job sends the mail exactly once. No task or execution listener sends
 * mail (it would send inside the clerk's transaction). The runtime proof for one mail of each kind is in
 * {@link MailAusfallTest}.
 */
@AqbSpringBootTest
class MailSchritteTest {

  @Autowired ApplicationContext kontext;

  @Test
  void jedeMailIstEinEigenerWiederholbarerJob() {
    List<String> mailSchritte = new ArrayList<>();
    List<String> maengel = new ArrayList<>();
    File[] modelle = new File("processes").listFiles((d, n) -> n.endsWith(".bpmn"));
    assertThat(modelle).isNotEmpty();
    for (File datei : modelle) {
      BpmnModelInstance modell = Bpmn.readModelFromFile(datei);
      List<FlowNode> schritte = new ArrayList<>(modell.getModelElementsByType(ServiceTask.class));
      schritte.addAll(modell.getModelElementsByType(SendTask.class));
      for (FlowNode schritt : schritte) {
        String ausdruck = schritt instanceof ServiceTask s ? s.getCamundaDelegateExpression() : ((SendTask) schritt).getCamundaDelegateExpression();
        if (!sendetMail(ausdruck)) {
          continue;
        }
        String name = datei.getName() + "#" + schritt.getId();
        mailSchritte.add(name);
        if (!schritt.isCamundaAsyncBefore()) {
          maengel.add(name + ": nicht asyncBefore");
        }
        if (!schritt.isCamundaAsyncAfter()) {
          maengel.add(name + ": nicht asyncAfter");
        }
        if (schritt.getExtensionElements() == null || schritt.getExtensionElements().getElementsQuery()
            .filterByType(CamundaFailedJobRetryTimeCycle.class).count() == 0) {
          maengel.add(name + ": kein Wiederholungszyklus");
        }
      }
      for (CamundaTaskListener l : modell.getModelElementsByType(CamundaTaskListener.class)) {
        if (sendetMail(l.getCamundaDelegateExpression())) {
          maengel.add(datei.getName() + ": Task-Listener " + l.getCamundaDelegateExpression() + " sendet Mail");
        }
      }
      for (CamundaExecutionListener l : modell.getModelElementsByType(CamundaExecutionListener.class)) {
        if (sendetMail(l.getCamundaDelegateExpression())) {
          maengel.add(datei.getName() + ": Execution-Listener " + l.getCamundaDelegateExpression() + " sendet Mail");
        }
      }
    }
    System.out.printf("Mail-Schritte: %d in %d Modellen: %s%n", mailSchritte.size(), modelle.length, mailSchritte);
    assertThat(mailSchritte).as("Mail-Schritte gefunden").hasSizeGreaterThanOrEqualTo(10);
    assertThat(maengel).isEmpty();
  }

  /** Whether the bean of {@code ${name}} reaches MailVersand through its fields (depth-first over the application's classes). */
  private boolean sendetMail(String ausdruck) {
    if (ausdruck == null || !ausdruck.matches("\\$\\{[A-Za-z0-9_]+}")) {
      return false;
    }
    String bean = ausdruck.substring(2, ausdruck.length() - 1);
    if (!kontext.containsBean(bean)) {
      return false;
    }
    return erreicht(AopUtils.getTargetClass(kontext.getBean(bean)), new HashSet<>());
  }

  private static boolean erreicht(Class<?> klasse, Set<Class<?>> gesehen) {
    if (klasse == null || !klasse.getName().startsWith("de.hessen.aqb") || !gesehen.add(klasse)) {
      return false;
    }
    if (MailVersand.class.isAssignableFrom(klasse)) {
      return true;
    }
    for (Class<?> k = klasse; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field feld : k.getDeclaredFields()) {
        if (erreicht(feld.getType(), gesehen)) {
          return true;
        }
      }
    }
    return false;
  }

  @SuppressWarnings("unused")
  private static Set<String> sortiert(List<String> l) {
    return new TreeSet<>(l);
  }
}

package de.hessen.aqb.konventionen;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Checks one parsed BPMN model against the conventions; one instance per file. */
final class BpmnPruefung {

    static final String OHNE_FAELLIGKEIT = "aqb:keinFaelligkeitsdatum";

    private final String datei;
    private final BpmnModelInstance modell;
    private final Set<String> formIds;
    private final List<Befund> befunde = new ArrayList<>();

    BpmnPruefung(String datei, BpmnModelInstance modell, Set<String> formIds) {
        this.datei = datei;
        this.modell = modell;
        this.formIds = formIds;
    }

    List<Befund> pruefe() {
        diagramm();
        prozesse();
        alle(UserTask.class).forEach(this::benutzerAufgabe);
        alle(FlowNode.class).stream().filter(BpmnPruefung::brauchtSpeicherpunkt).forEach(this::speicherpunkt);
        ids();
        namen();
        return befunde;
    }

    private void diagramm() {
        Set<String> shapes = bpmnElemente(BpmnShape.class);
        Set<String> edges = bpmnElemente(BpmnEdge.class);
        for (Class<? extends BaseElement> typ : List.of(FlowNode.class, Lane.class, Participant.class)) {
            alle(typ).stream().filter(e -> !shapes.contains(e.getId()))
                    .forEach(e -> melde(e, Regel.SHAPE, typName(e) + " has no BPMNShape, it will not render"));
        }
        for (Class<? extends BaseElement> typ : List.of(SequenceFlow.class, MessageFlow.class)) {
            alle(typ).stream().filter(e -> !edges.contains(e.getId()))
                    .forEach(e -> melde(e, Regel.EDGE, typName(e) + " has no BPMNEdge, it will not render"));
        }
    }

    private void prozesse() {
        Collection<Process> prozesse = alle(Process.class);
        List<Process> ausfuehrbar = prozesse.stream().filter(Process::isExecutable).toList();
        prozesse.stream().filter(p -> !p.isExecutable())
                .forEach(p -> melde(p, Regel.AUSFUEHRBAR, "process is not executable"));
        ausfuehrbar.stream().filter(p -> leer(p.getCamundaHistoryTimeToLiveString()))
                .forEach(p -> melde(p, Regel.HISTORY_TTL, "executable process has no camunda:historyTimeToLive"));
        ausfuehrbar.stream().filter(p -> leer(p.getCamundaVersionTag()))
                .forEach(p -> melde(p, Regel.VERSION_TAG, "executable process has no camunda:versionTag"));

        String erwartet = datei.substring(datei.lastIndexOf('/') + 1).replaceFirst("\\.bpmn$", "");
        if (prozesse.isEmpty() || ausfuehrbar.size() > 1) {
            befunde.add(new Befund(datei, "-", Regel.DATEINAME,
                    "file holds " + ausfuehrbar.size() + " executable processes, expected exactly one"));
        } else if (ausfuehrbar.size() == 1 && !ausfuehrbar.get(0).getId().equals(erwartet)) {
            melde(ausfuehrbar.get(0), Regel.DATEINAME, "process id differs from the file name " + erwartet);
        }
    }

    private void benutzerAufgabe(UserTask task) {
        String formRef = task.getCamundaFormRef();
        if (leer(formRef) && leer(task.getCamundaFormKey())) {
            melde(task, Regel.FORMULAR, "user task has neither camunda:formRef nor camunda:formKey");
        }
        if (!leer(formRef) && !istAusdruck(formRef) && !formIds.contains(formRef)) {
            melde(task, Regel.FORMULAR_REFERENZ, "camunda:formRef \"" + formRef + "\" is declared by no forms/**/*.form");
        }
        String bindung = task.getCamundaFormRefBinding();
        boolean versionTag = "versionTag".equals(bindung) && !leer(task.getCamundaFormRefVersion());
        if (!leer(formRef) && bindung != null && !Set.of("deployment", "latest").contains(bindung) && !versionTag) {
            melde(task, Regel.FORMULAR_BINDUNG, "camunda:formRefBinding \"" + bindung + "\" is not deployment or latest");
        }
        if (leer(task.getCamundaCandidateGroups()) && leer(task.getCamundaCandidateUsers())
                && leer(task.getCamundaAssignee())) {
            melde(task, Regel.ZUWEISUNG, "user task has no candidateGroups, candidateUsers or assignee");
        }
        if (leer(task.getCamundaDueDate()) && !"true".equals(property(task, OHNE_FAELLIGKEIT))) {
            melde(task, Regel.FAELLIGKEIT,
                    "user task has no camunda:dueDate (opt out with property " + OHNE_FAELLIGKEIT + "=true)");
        }
        String beschreibung = task.getDocumentations().stream().map(d -> d.getTextContent().strip())
                .collect(java.util.stream.Collectors.joining(" "));
        if (beschreibung.length() < 40 || beschreibung.length() > 400) {
            melde(task, Regel.BESCHREIBUNG, "user task has no documentation of 40 to 400 characters saying what to do "
                    + "and by when (Tasklist shows it as the task's description)");
        }
    }

    /** Work that calls out of the engine: it must commit before and retry by a cycle when it fails. */
    private static boolean brauchtSpeicherpunkt(FlowNode knoten) {
        if (knoten instanceof ServiceTask t) return !"external".equals(t.getCamundaType());
        if (knoten instanceof SendTask t) return !"external".equals(t.getCamundaType());
        if (knoten instanceof BusinessRuleTask t) return !"external".equals(t.getCamundaType());
        if (knoten instanceof ScriptTask) return true;
        if (knoten instanceof ThrowEvent event) {
            return event.getEventDefinitions().stream()
                    .filter(MessageEventDefinition.class::isInstance).map(MessageEventDefinition.class::cast)
                    .anyMatch(m -> !"external".equals(m.getCamundaType()) && !(leer(m.getCamundaClass())
                            && leer(m.getCamundaDelegateExpression()) && leer(m.getCamundaExpression())));
        }
        return false;
    }

    private void speicherpunkt(FlowNode knoten) {
        if (!knoten.isCamundaAsyncBefore() && !knoten.isCamundaAsyncAfter()) {
            melde(knoten, Regel.ASYNC, typName(knoten) + " is no save point (camunda:asyncBefore/asyncAfter)");
        }
        boolean retry = knoten.getExtensionElements() != null && knoten.getExtensionElements().getElementsQuery()
                .filterByType(CamundaFailedJobRetryTimeCycle.class).list().stream()
                .anyMatch(zyklus -> !leer(zyklus.getTextContent()));
        if (!retry) {
            melde(knoten, Regel.RETRY_ZYKLUS, typName(knoten) + " has no camunda:failedJobRetryTimeCycle");
        }
    }

    private void ids() {
        for (BaseElement element : alle(BaseElement.class)) {
            List<String> praefixe = IdSchema.praefixe(element);
            if (!praefixe.isEmpty() && !IdSchema.passt(element.getId(), praefixe)) {
                melde(element, Regel.ID, typName(element) + " id should read " + String.join("|", praefixe)
                        + "<CamelCaseName>, not a generated id");
            }
        }
    }

    private void namen() {
        for (FlowNode knoten : alle(FlowNode.class)) {
            boolean braucht = knoten instanceof Task || knoten instanceof CallActivity || knoten instanceof Event;
            if (braucht && leer(knoten.getName())) {
                melde(knoten, Regel.NAME, typName(knoten) + " has no name");
            }
            if (!leer(knoten.getName()) && knoten.getName().matches("(?s).*\\((PDF|E-Mail|Mail|DMN|REST|JSON)\\)\\s*$")) {
                melde(knoten, Regel.TECHNISCHER_NAME, typName(knoten) + " name ends in a technical suffix: " + knoten.getName());
            }
        }
    }

    private String property(BaseElement element, String name) {
        if (element.getExtensionElements() == null) return null;
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> name.equals(p.getCamundaName()))
                .map(p -> p.getCamundaValue()).findFirst().orElse(null);
    }

    private Set<String> bpmnElemente(Class<? extends ModelElementInstance> diTyp) {
        // the raw attribute, so a dangling reference is reported as missing rather than thrown
        return alle(diTyp).stream().map(e -> e.getAttributeValue("bpmnElement")).collect(Collectors.toSet());
    }

    private <T extends ModelElementInstance> Collection<T> alle(Class<T> typ) {
        return modell.getModelElementsByType(typ);
    }

    private void melde(BaseElement element, Regel regel, String text) {
        befunde.add(new Befund(datei, element.getId(), regel, text));
    }

    private static String typName(ModelElementInstance element) {
        return element.getElementType().getTypeName();
    }

    private static boolean istAusdruck(String wert) {
        return wert.contains("${") || wert.contains("#{");
    }

    static boolean leer(String wert) {
        return wert == null || wert.isBlank();
    }
}

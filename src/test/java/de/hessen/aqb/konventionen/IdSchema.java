package de.hessen.aqb.konventionen;

import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Designed ids: a prefix for the element type and a CamelCase name ({@code Task_PruefeAntrag}),
 * never a generated suffix ({@code Activity_0x1y2z3}, {@code ServiceTask_1}, {@code Gateway_1abcde}).
 */
final class IdSchema {

    /** A capitalised word first, then further words or numbers: "PruefeAntrag", "Frist14Tage", "Ja". */
    private static final Pattern NAME = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z]*|[0-9]+)*");

    private IdSchema() {
    }

    /** The allowed prefixes for this element, or an empty list if its id is not checked. */
    static List<String> praefixe(ModelElementInstance element) {
        if (element instanceof Task) return List.of("Task_");
        if (element instanceof Gateway) return List.of("Gateway_");
        if (element instanceof StartEvent) return List.of("StartEvent_");
        if (element instanceof EndEvent) return List.of("EndEvent_");
        if (element instanceof BoundaryEvent) return List.of("BoundaryEvent_", "TimerEvent_", "Event_");
        if (element instanceof Event) return List.of("Event_", "TimerEvent_");
        if (element instanceof CallActivity) return List.of("CallActivity_");
        if (element instanceof SubProcess) return List.of("SubProcess_");
        if (element instanceof SequenceFlow || element instanceof MessageFlow) return List.of("Flow_");
        if (element instanceof Lane) return List.of("Lane_");
        if (element instanceof Participant) return List.of("Participant_");
        if (element instanceof Collaboration) return List.of("Collaboration_");
        return List.of();
    }

    static boolean passt(String id, List<String> praefixe) {
        return id != null && praefixe.stream()
                .anyMatch(p -> id.startsWith(p) && NAME.matcher(id.substring(p.length())).matches());
    }
}

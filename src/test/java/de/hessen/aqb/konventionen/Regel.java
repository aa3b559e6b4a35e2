package de.hessen.aqb.konventionen;

/** The model conventions every BPMN and DMN file in {@code processes/} is held to. */
enum Regel {
    /** The model parses. */
    LESBAR,
    /** Every flow node, lane and participant has a diagram shape. */
    SHAPE,
    /** Every sequence and message flow has a diagram edge. */
    EDGE,
    /** Every process is executable. */
    AUSFUEHRBAR,
    /** Every user task has a form (camunda:formRef or camunda:formKey). */
    FORMULAR,
    /** Every user task is assigned (candidateGroups, candidateUsers or assignee). */
    ZUWEISUNG,
    /** A camunda:formRef that is no expression names the id declared by a {@code .form} file under {@code forms/}. */
    FORMULAR_REFERENZ,
    /** The camunda:formRefBinding is deployment or latest (or versionTag with a formRefVersion). */
    FORMULAR_BINDUNG,
    /** Service, send, script and business rule tasks and message throw events are a save point (async). */
    ASYNC,
    /** Every save-point task or event has camunda:failedJobRetryTimeCycle. */
    RETRY_ZYKLUS,
    /** Every executable process and every decision has camunda:historyTimeToLive. */
    HISTORY_TTL,
    /** Ids carry the prefix of their element type and a designed CamelCase name. */
    ID,
    /** Every task, call activity and event has a name. */
    NAME,
    /** The file holds exactly one executable process and is named {@code <processId>.bpmn}. */
    DATEINAME,
    /** Every executable process carries camunda:versionTag (the release it belongs to, shown in Cockpit). */
    VERSION_TAG,
    /** Names say what happens, without technical suffixes such as "(PDF)", "(E-Mail)" or "(DMN)". */
    TECHNISCHER_NAME,
    /** Every user task has camunda:dueDate (or the property aqb:keinFaelligkeitsdatum=true). */
    FAELLIGKEIT,
    /** Every user task has a documentation (Tasklist's "Beschreibung"): what to do and by when, 40 to 400 characters. */
    BESCHREIBUNG
}

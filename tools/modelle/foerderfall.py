# Layout description of processes/foerderfall.bpmn (see tools/bpmn_skizze.py)
RETRY = '<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>'
M, S = 'Lane_Ministerium', 'Lane_Beteiligte'

MODELL = dict(
    id='foerderfall', collab='Foerderfall', pool='AQB-Förderfall', name='AQB-Förderfall',
    ttl='3650', proc_attrs=' camunda:isStartableInTasklist="true"',
    doc='Das AQB-Jahr einer Gebietskörperschaft. Jede Stufe ist ein eigener, aufgerufener Prozess mit demselben '
        'Business Key (z. B. AQB-2025-06414).',
    lanes=[(M, 'Ministerium (HMSI)'), (S, 'Alle Beteiligten')],
    nodes=[
        dict(id='StartEvent_FoerderfallAngelegt', type='start', name='Förderfall angelegt', lane=M, col=0,
             attrs=' camunda:formRef="form-foerderfall-start" camunda:formRefBinding="deployment" camunda:initiator="angelegtVon"',
             ext='<camunda:executionListener delegateExpression="${foerderfallAnlegen}" event="start" />'),
        dict(id='CallActivity_Zielvereinbarung', type='call', name='Zielvereinbarung abschließen', lane=S, col=1,
             attrs=' calledElement="zielvereinbarung" camunda:calledElementBinding="latest"',
             ext='<camunda:in businessKey="#{execution.processBusinessKey}" /><camunda:in variables="all" />'
                 '<camunda:out source="zielvereinbarungStatus" target="zielvereinbarungStatus" />'
                 '<camunda:out source="stornoGrund" target="stornoGrund" />'
                 '<camunda:out source="budgetCent" target="budgetCent" />'
                 '<camunda:out source="budgetAnzeige" target="budgetAnzeige" />'
                 '<camunda:out source="projekteMassnahmenart1" target="projekteMassnahmenart1" />'
                 '<camunda:out source="projekteMassnahmenart2" target="projekteMassnahmenart2" />'
                 '<camunda:out source="projekteMassnahmenart3" target="projekteMassnahmenart3" />'
                 '<camunda:out source="projekteMassnahmenart4" target="projekteMassnahmenart4" />'
                 '<camunda:out source="zielvereinbarungUnterzeichnetPdf" target="zielvereinbarungUnterzeichnetPdf" />'),
        dict(id='Gateway_ZielvereinbarungUnterzeichnet', type='xor', name='Zielvereinbarung unterzeichnet?', lane=S, col=2),
        dict(id='CallActivity_AntragBescheid', type='call', name='Antrag stellen, prüfen und bescheiden', lane=S, col=3,
             attrs=' calledElement="antrag" camunda:calledElementBinding="latest"',
             ext='<camunda:in businessKey="#{execution.processBusinessKey}" /><camunda:in variables="all" />'
                 '<camunda:out source="bescheidArt" target="bescheidArt" />'
                 '<camunda:out source="bescheidAktenzeichen" target="bescheidAktenzeichen" />'),
        dict(id='EndEvent_BescheidErlassen', type='end', name='Bescheid erlassen', lane=S, col=4),
        dict(id='Task_StorniereFoerderfall', type='service', name='Förderfall stornieren', lane=M, col=3, row=0,
             attrs=' camunda:delegateExpression="${foerderfallStornieren}" camunda:asyncBefore="true" camunda:asyncAfter="true"', ext=RETRY),
        dict(id='EndEvent_FoerderfallStorniert', type='end', name='Förderfall storniert', lane=M, col=4),
    ],
    flows=[
        dict(id='Flow_ZurZielvereinbarung', **{'from': 'StartEvent_FoerderfallAngelegt', 'to': 'CallActivity_Zielvereinbarung'}),
        dict(id='Flow_ZielvereinbarungBeendet', **{'from': 'CallActivity_Zielvereinbarung', 'to': 'Gateway_ZielvereinbarungUnterzeichnet'}),
        dict(id='Flow_Unterzeichnet', name='Ja', cond="${zielvereinbarungStatus == 'VEROEFFENTLICHT'}",
             **{'from': 'Gateway_ZielvereinbarungUnterzeichnet', 'to': 'CallActivity_AntragBescheid'}),
        dict(id='Flow_Beschieden', **{'from': 'CallActivity_AntragBescheid', 'to': 'EndEvent_BescheidErlassen'}),
        dict(id='Flow_Storniert', name='Nein, storniert', cond="${zielvereinbarungStatus == 'STORNIERT'}",
             **{'from': 'Gateway_ZielvereinbarungUnterzeichnet', 'to': 'Task_StorniereFoerderfall'}),
        dict(id='Flow_FoerderfallStorniert', **{'from': 'Task_StorniereFoerderfall', 'to': 'EndEvent_FoerderfallStorniert'}),
    ],
)

# Layout description of processes/foerderfall.bpmn (see tools/bpmn_skizze.py)
RETRY = '<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>'
M, S = 'Lane_Ministerium', 'Lane_Beteiligte'
# what the stages after the Bescheid get from the case (explicitly: the agreement's PDFs stay in the parent)
FALL_UND_BESCHEID = ''.join(f'<camunda:in source="{v}" target="{v}" />' for v in (
    'gebietskoerperschaft', 'jahr', 'foerderfallNummer', 'gebietskoerperschaftName', 'bescheidAktenzeichen',
    'bescheidSummeAnzeige', 'bewilligungVon', 'bewilligungBis', 'verwendungsnachweisFrist'))

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
                 '<camunda:out source="bescheidAktenzeichen" target="bescheidAktenzeichen" />'
                 '<camunda:out source="bescheidSummeAnzeige" target="bescheidSummeAnzeige" />'
                 '<camunda:out source="bewilligungVon" target="bewilligungVon" />'
                 '<camunda:out source="bewilligungBis" target="bewilligungBis" />'
                 '<camunda:out source="verwendungsnachweisFrist" target="verwendungsnachweisFrist" />'),
        dict(id='Gateway_MittelBewilligt', type='xor', name='Mittel bewilligt?', lane=S, col=4),
        dict(id='EndEvent_AntragAbgelehnt', type='end', name='Antrag abgelehnt', lane=S, col=5, row=1),
        dict(id='CallActivity_Durchfuehrung', type='call', name='Mittel abrufen (Durchführung)', lane=S, col=5,
             attrs=' calledElement="durchfuehrung" camunda:calledElementBinding="latest"',
             ext='<camunda:in businessKey="#{execution.processBusinessKey}" />' + FALL_UND_BESCHEID),
        dict(id='CallActivity_Nachweis', type='call', name='Verwendungsnachweis vorlegen und prüfen', lane=S, col=6,
             attrs=' calledElement="nachweis" camunda:calledElementBinding="latest"',
             ext='<camunda:in businessKey="#{execution.processBusinessKey}" />' + FALL_UND_BESCHEID
                 + '<camunda:out source="nachweisErgebnis" target="nachweisErgebnis" />'
                 '<camunda:out source="rueckforderungCent" target="rueckforderungCent" />'),
        dict(id='EndEvent_FoerderfallAbgeschlossen', type='end', name='Förderfall abgeschlossen', lane=S, col=7),
        dict(id='Task_StorniereFoerderfall', type='service', name='Förderfall stornieren', lane=M, col=3, row=0,
             attrs=' camunda:delegateExpression="${foerderfallStornieren}" camunda:asyncBefore="true" camunda:asyncAfter="true"', ext=RETRY),
        dict(id='EndEvent_FoerderfallStorniert', type='end', name='Förderfall storniert', lane=M, col=4),
    ],
    flows=[
        dict(id='Flow_ZurZielvereinbarung', **{'from': 'StartEvent_FoerderfallAngelegt', 'to': 'CallActivity_Zielvereinbarung'}),
        dict(id='Flow_ZielvereinbarungBeendet', **{'from': 'CallActivity_Zielvereinbarung', 'to': 'Gateway_ZielvereinbarungUnterzeichnet'}),
        dict(id='Flow_Unterzeichnet', name='Ja', cond="${zielvereinbarungStatus == 'VEROEFFENTLICHT'}",
             **{'from': 'Gateway_ZielvereinbarungUnterzeichnet', 'to': 'CallActivity_AntragBescheid'}),
        dict(id='Flow_Beschieden', **{'from': 'CallActivity_AntragBescheid', 'to': 'Gateway_MittelBewilligt'}),
        dict(id='Flow_Bewilligt', name='Ja', cond="${bescheidArt != 'ABLEHNUNG'}",
             **{'from': 'Gateway_MittelBewilligt', 'to': 'CallActivity_Durchfuehrung'}),
        dict(id='Flow_Abgelehnt', name='Nein', cond="${bescheidArt == 'ABLEHNUNG'}",
             **{'from': 'Gateway_MittelBewilligt', 'to': 'EndEvent_AntragAbgelehnt'}),
        dict(id='Flow_DurchfuehrungBeendet', **{'from': 'CallActivity_Durchfuehrung', 'to': 'CallActivity_Nachweis'}),
        dict(id='Flow_NachweisGeprueft', **{'from': 'CallActivity_Nachweis', 'to': 'EndEvent_FoerderfallAbgeschlossen'}),
        dict(id='Flow_Storniert', name='Nein, storniert', cond="${zielvereinbarungStatus == 'STORNIERT'}",
             **{'from': 'Gateway_ZielvereinbarungUnterzeichnet', 'to': 'Task_StorniereFoerderfall'}),
        dict(id='Flow_FoerderfallStorniert', **{'from': 'Task_StorniereFoerderfall', 'to': 'EndEvent_FoerderfallStorniert'}),
    ],
)

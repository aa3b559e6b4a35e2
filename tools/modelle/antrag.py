# Layout description of processes/antrag.bpmn (see tools/bpmn_skizze.py)
import runpy, os
h = runpy.run_path(os.path.join(os.path.dirname(__file__), 'zielvereinbarung.py'))
service, user = h['service'], h['user']
RETRY = h['RETRY']
M, G, T, R = 'Lane_Ministerium', 'Lane_Gebietskoerperschaft', 'Lane_Traeger', 'Lane_RegierungspraesidiumKassel'
GK = 'kommune-${gebietskoerperschaft}'
SUB = 'SubProcess_Antragstellung'


def timer_date(id, name, host, var, side='bottom', offset=40):
    return dict(id=id, type='boundary', name=name, attached=host, offset=offset, side=side,
                body=f'<bpmn:timerEventDefinition id="{id}_Timer"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${{{var}}}</bpmn:timeDate></bpmn:timerEventDefinition>')


def in_sub(node):
    node['parent'] = SUB
    return node


MODELL = dict(
    id='antrag', collab='Antrag', pool='Antrag, Prüfung und Bescheid', name='Antrag, Prüfung und Bescheid',
    ttl='3650', proc_attrs=' camunda:isStartableInTasklist="false"',
    doc='Die Gebietskörperschaft beantragt beim Regierungspräsidium Kassel die Mittel der Zielvereinbarung; '
        'Träger mit eigenem Zugang ergänzen ihre Maßnahmendetails; das RP prüft nach Regeln (DMN), fordert '
        'nach, entscheidet; ein zweiter Sachbearbeiter gibt den Bescheid frei (Vier-Augen-Prinzip).',
    lanes=[(M, 'Ministerium (HMSI)'), (G, 'Gebietskörperschaft'), (T, 'Träger'), (R, 'Regierungspräsidium Kassel')],
    nodes=[
        dict(id='StartEvent_AntragstellungBegonnen', type='start', name='Antragstellung begonnen', lane=G, col=0),
        service('Task_BereiteAntragVor', 'Antrag aus der Zielvereinbarung vorbereiten', G, 1, 'antragVorbereiten'),
        dict(id=SUB, type='sub', name='Antragstellung', lane=G, ext=''),
        in_sub(dict(id='StartEvent_ErfassungBegonnen', type='start', name='Erfassung begonnen', lane=G, col=2)),
        in_sub(user('Task_ErfasseAntrag', 'Antrag erfassen', G, 3, GK, 'embedded:/formulare/antrag.html', 'antrag-erfassen',
                    [('complete', 'antragErfassungAbschliessen')], inputs={'antragSchritt': 'erfassen'}, form_key=True)),
        in_sub(dict(id='Gateway_TraegerBeteiligt', type='xor', name='Träger mit eigenem Zugang beteiligt?', lane=G, col=4)),
        in_sub(dict(id='CallActivity_Massnahmendetails', type='call', name='Maßnahmendetails durch Träger ergänzen', lane=T, col=5,
                    attrs=' calledElement="massnahmendetails" camunda:calledElementBinding="latest"',
                    ext='<camunda:in businessKey="#{execution.processBusinessKey}" />'
                        '<camunda:in source="foerderfallNummer" target="foerderfallNummer" />'
                        '<camunda:in source="gebietskoerperschaftName" target="gebietskoerperschaftName" />'
                        '<camunda:in source="jahr" target="jahr" />'
                        '<camunda:in source="traegerGruppe" target="traegerGruppe" />'
                        '<camunda:in sourceExpression="${antragMassnahmen.fuerTraeger(execution, traegerGruppe)}" target="traegerMassnahmen" />'
                        '<camunda:out source="traegerMassnahmen" target="traegerMassnahmen" local="true" />'
                        '<camunda:executionListener delegateExpression="${antragTraegerbeitragUebernehmen}" event="end" />',
                    body='<bpmn:multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${antragMassnahmen.traegerGruppen(execution)}" camunda:elementVariable="traegerGruppe" />')),
        in_sub(dict(id='Gateway_TraegerbeitraegeLiegenVor', type='xor', name='', lane=G, col=6)),
        in_sub(user('Task_ReicheAntragEin', 'Antrag prüfen und einreichen', G, 7, GK, 'embedded:/formulare/antrag.html', 'antrag-einreichen',
                    [('complete', 'antragEinreichen')], inputs={'antragSchritt': 'einreichen'}, form_key=True)),
        in_sub(dict(id='EndEvent_AntragEingereicht', type='end', name='Antrag eingereicht', lane=G, col=8)),
        timer_date('BoundaryEvent_AntragsfristNaht', 'Antragsfrist naht', SUB, 'antragErinnerungAm', side='top', offset=60),
        service('Task_ErinnereAntragsfrist', 'An die Antragsfrist erinnern', G, 3, 'antragErinnern', row=-1,
                inputs={'anlass': 'frist-naht'}),
        dict(id='EndEvent_AntragsfristErinnert', type='end', name='Erinnerung versandt', lane=G, col=4, row=-1),
        timer_date('BoundaryEvent_AntragsfristAbgelaufen', 'Antragsfrist abgelaufen', SUB, 'antragsfrist', side='top', offset=780),
        service('Task_MeldeAntragUeberfaellig', 'Überfälligen Antrag an das Ministerium melden', M, 7, 'antragErinnern',
                inputs={'anlass': 'frist-abgelaufen'}),
        dict(id='EndEvent_AntragUeberfaelligGemeldet', type='end', name='Ministerium informiert', lane=M, col=8),
        service('Task_BewerteAntrag', 'Antrag nach Regeln prüfen (DMN)', R, 9, 'antragNachRegelnPruefen'),
        user('Task_PruefeAntrag', 'Antrag prüfen', R, 10, 'rp-kassel', 'form-antrag-pruefen', 'antrag-pruefung',
             [('complete', 'antragPruefungAbschliessen')]),
        dict(id='Gateway_NachforderungNoetig', type='xor', name='Unterlagen nachfordern?', lane=R, col=11),
        user('Task_BeantworteNachforderung', 'Nachforderung beantworten', G, 11, GK, 'embedded:/formulare/antrag.html', 'nachforderung',
             [('complete', 'antragNachforderungBeantworten')], inputs={'antragSchritt': 'nachforderung'}, form_key=True),
        timer_date('BoundaryEvent_NachforderungsfristAbgelaufen', 'Nachforderungsfrist abgelaufen', 'Task_BeantworteNachforderung',
                   'nachforderungFristEnde'),
        service('Task_MeldeNachforderungUeberfaellig', 'Überfällige Nachforderung melden', G, 11, 'antragErinnern', row=1,
                inputs={'anlass': 'nachforderung-abgelaufen'}),
        dict(id='EndEvent_NachforderungUeberfaelligGemeldet', type='end', name='RP informiert', lane=G, col=12, row=1),
        user('Task_EntwerfeBescheid', 'Bescheid entwerfen', R, 12, 'rp-kassel', 'embedded:/formulare/bescheid-entwurf.html',
             'bescheid-entwurf', [('create', 'bescheidVorschlag'), ('complete', 'bescheidEntwurfAbschliessen')], form_key=True),
        service('Task_ErzeugeBescheidentwurf', 'Bescheidentwurf erzeugen (PDF)', R, 13, 'bescheidEntwurfErzeugen'),
        user('Task_GibBescheidFrei', 'Bescheid freigeben', R, 14, 'rp-kassel', 'form-bescheid-freigabe', 'bescheid-freigabe',
             [('create', 'dokumentLink'), ('assignment', 'vierAugenPrinzip'), ('complete', 'vierAugenPrinzip'),
              ('complete', 'bescheidFreigabeAbschliessen')]),
        dict(id='Gateway_BescheidFreigegeben', type='xor', name='Bescheid freigegeben?', lane=R, col=15),
        service('Task_ErlasseBescheid', 'Bescheid erlassen und Bewilligung buchen', R, 16, 'bescheidErlassen'),
        service('Task_VersendeBescheid', 'Bescheid versenden (E-Mail)', R, 17, 'bescheidVersenden'),
        dict(id='EndEvent_BescheidErlassen', type='end', name='Bescheid erlassen', lane=R, col=18),
    ],
    flows=[
        dict(id='Flow_ZurVorbereitung', **{'from': 'StartEvent_AntragstellungBegonnen', 'to': 'Task_BereiteAntragVor'}),
        dict(id='Flow_ZurAntragstellung', **{'from': 'Task_BereiteAntragVor', 'to': SUB}),
        dict(id='Flow_ZurErfassung', **{'from': 'StartEvent_ErfassungBegonnen', 'to': 'Task_ErfasseAntrag'}),
        dict(id='Flow_Erfasst', **{'from': 'Task_ErfasseAntrag', 'to': 'Gateway_TraegerBeteiligt'}),
        dict(id='Flow_TraegerBeteiligt', name='Ja', cond='${!antragMassnahmen.traegerGruppen(execution).isEmpty()}',
             **{'from': 'Gateway_TraegerBeteiligt', 'to': 'CallActivity_Massnahmendetails'}),
        dict(id='Flow_OhneTraeger', name='Nein', cond='${antragMassnahmen.traegerGruppen(execution).isEmpty()}',
             **{'from': 'Gateway_TraegerBeteiligt', 'to': 'Gateway_TraegerbeitraegeLiegenVor'}),
        dict(id='Flow_TraegerbeitraegeErgaenzt', **{'from': 'CallActivity_Massnahmendetails', 'to': 'Gateway_TraegerbeitraegeLiegenVor'}),
        dict(id='Flow_ZumEinreichen', **{'from': 'Gateway_TraegerbeitraegeLiegenVor', 'to': 'Task_ReicheAntragEin'}),
        dict(id='Flow_Eingereicht', **{'from': 'Task_ReicheAntragEin', 'to': 'EndEvent_AntragEingereicht'}),
        dict(id='Flow_AntragsfristNaht', **{'from': 'BoundaryEvent_AntragsfristNaht', 'to': 'Task_ErinnereAntragsfrist'}),
        dict(id='Flow_AntragsfristErinnert', **{'from': 'Task_ErinnereAntragsfrist', 'to': 'EndEvent_AntragsfristErinnert'}),
        dict(id='Flow_AntragsfristAbgelaufen', **{'from': 'BoundaryEvent_AntragsfristAbgelaufen', 'to': 'Task_MeldeAntragUeberfaellig'}),
        dict(id='Flow_AntragUeberfaelligGemeldet', **{'from': 'Task_MeldeAntragUeberfaellig', 'to': 'EndEvent_AntragUeberfaelligGemeldet'}),
        dict(id='Flow_ZurRegelpruefung', **{'from': SUB, 'to': 'Task_BewerteAntrag'}),
        dict(id='Flow_ZurPruefung', **{'from': 'Task_BewerteAntrag', 'to': 'Task_PruefeAntrag'}),
        dict(id='Flow_Geprueft', **{'from': 'Task_PruefeAntrag', 'to': 'Gateway_NachforderungNoetig'}),
        dict(id='Flow_Nachfordern', name='Ja', cond="${pruefentscheidung == 'nachfordern'}",
             **{'from': 'Gateway_NachforderungNoetig', 'to': 'Task_BeantworteNachforderung'}),
        dict(id='Flow_NachforderungBeantwortet', **{'from': 'Task_BeantworteNachforderung', 'to': 'Task_BewerteAntrag'}),
        dict(id='Flow_NachforderungsfristAbgelaufen', **{'from': 'BoundaryEvent_NachforderungsfristAbgelaufen', 'to': 'Task_MeldeNachforderungUeberfaellig'}),
        dict(id='Flow_NachforderungUeberfaelligGemeldet', **{'from': 'Task_MeldeNachforderungUeberfaellig', 'to': 'EndEvent_NachforderungUeberfaelligGemeldet'}),
        dict(id='Flow_Entscheiden', name='Nein', cond="${pruefentscheidung == 'entscheiden'}",
             **{'from': 'Gateway_NachforderungNoetig', 'to': 'Task_EntwerfeBescheid'}),
        dict(id='Flow_BescheidEntworfen', **{'from': 'Task_EntwerfeBescheid', 'to': 'Task_ErzeugeBescheidentwurf'}),
        dict(id='Flow_ZurFreigabe', **{'from': 'Task_ErzeugeBescheidentwurf', 'to': 'Task_GibBescheidFrei'}),
        dict(id='Flow_FreigabeEntschieden', **{'from': 'Task_GibBescheidFrei', 'to': 'Gateway_BescheidFreigegeben'}),
        dict(id='Flow_Freigegeben', name='Ja', cond='${bescheidFreigegeben}',
             **{'from': 'Gateway_BescheidFreigegeben', 'to': 'Task_ErlasseBescheid'}),
        dict(id='Flow_Zurueckgegeben', name='Nein', cond='${!bescheidFreigegeben}',
             **{'from': 'Gateway_BescheidFreigegeben', 'to': 'Task_EntwerfeBescheid'}),
        dict(id='Flow_Erlassen', **{'from': 'Task_ErlasseBescheid', 'to': 'Task_VersendeBescheid'}),
        dict(id='Flow_Versandt', **{'from': 'Task_VersendeBescheid', 'to': 'EndEvent_BescheidErlassen'}),
    ],
)

# Layout description of processes/durchfuehrung.bpmn (see tools/bpmn_skizze.py)
import runpy, os
h = runpy.run_path(os.path.join(os.path.dirname(__file__), 'zielvereinbarung.py'))
service, user = h['service'], h['user']
G, R = 'Lane_Gebietskoerperschaft', 'Lane_RegierungspraesidiumKassel'
GK = 'kommune-${gebietskoerperschaft}'

MODELL = dict(
    id='durchfuehrung', collab='Durchfuehrung', pool='Durchführung', name='Durchführung',
    ttl='3650', proc_attrs=' camunda:isStartableInTasklist="false"',
    doc='Nach dem Bescheid ruft die Gebietskörperschaft die Mittel ab, jeweils nur für die nächsten zwei Monate; '
        'das Regierungspräsidium Kassel prüft und zahlt aus. Die Summe der Auszahlungen übersteigt nie die Bewilligung. '
        'Die Durchführung endet, wenn alles ausgezahlt ist, die Gebietskörperschaft sie abschließt oder der '
        'Abrufzeitraum endet.',
    lanes=[(G, 'Gebietskörperschaft'), (R, 'Regierungspräsidium Kassel')],
    nodes=[
        dict(id='StartEvent_DurchfuehrungBegonnen', type='start', name='Bescheid erlassen', lane=G, col=0),
        service('Task_BereiteDurchfuehrungVor', 'Abrufzeitraum aus dem Bescheid bestimmen', G, 1, 'durchfuehrungVorbereiten'),
        dict(id='Gateway_NaechsterMittelabruf', type='xor', name='', lane=G, col=2),
        dict(id='Task_StelleMittelabruf', type='user', name='Mittelabruf stellen', lane=G, col=3,
             attrs=f' camunda:candidateGroups="{GK}" camunda:formRef="form-mittelabruf" camunda:formRefBinding="deployment"'
                   ' camunda:dueDate="${abrufschluss}"',
             ext='<camunda:taskListener delegateExpression="${mittelabrufVorbereiten}" event="create" />'
                 '<camunda:taskListener delegateExpression="${mittelabrufStellen}" event="complete" />',
             doc='Steht während der ganzen Durchführung offen: Mittel abrufen oder die Durchführung abschließen.'),
        dict(id='BoundaryEvent_AbrufzeitraumAbgelaufen', type='boundary', name='Abrufzeitraum abgelaufen',
             attached='Task_StelleMittelabruf', offset=30, interrupting=True,
             body='<bpmn:timerEventDefinition id="BoundaryEvent_AbrufzeitraumAbgelaufen_Timer"><bpmn:timeDate xsi:type="bpmn:tFormalExpression">${abrufschluss}</bpmn:timeDate></bpmn:timerEventDefinition>'),
        dict(id='EndEvent_AbrufzeitraumAbgelaufen', type='end', name='Abrufzeitraum abgelaufen', lane=G, col=4, row=1),
        dict(id='Gateway_MittelAbrufen', type='xor', name='Mittel abrufen?', lane=G, col=4),
        dict(id='EndEvent_DurchfuehrungAbgeschlossen', type='end', name='Durchführung abgeschlossen', lane=G, col=5),
        user('Task_PruefeMittelabruf', 'Mittelabruf prüfen', R, 5, 'rp-kassel', 'form-mittelabruf-pruefen', 'mittelabruf-pruefung',
             [('complete', 'mittelabrufEntscheiden')]),
        service('Task_BucheAuszahlung', 'Entscheidung buchen und Auszahlung anweisen', R, 6, 'mittelabrufBuchen'),
        service('Task_TeileEntscheidungMit', 'Entscheidung mitteilen (E-Mail)', R, 7, 'mittelabrufMitteilen'),
        dict(id='Gateway_MittelVerfuegbar', type='xor', name='Noch Mittel verfügbar?', lane=R, col=8),
        dict(id='EndEvent_MittelVollstaendigAusgezahlt', type='end', name='Mittel vollständig ausgezahlt', lane=R, col=9),
    ],
    flows=[
        dict(id='Flow_ZurVorbereitung', **{'from': 'StartEvent_DurchfuehrungBegonnen', 'to': 'Task_BereiteDurchfuehrungVor'}),
        dict(id='Flow_Vorbereitet', **{'from': 'Task_BereiteDurchfuehrungVor', 'to': 'Gateway_NaechsterMittelabruf'}),
        dict(id='Flow_ZumMittelabruf', **{'from': 'Gateway_NaechsterMittelabruf', 'to': 'Task_StelleMittelabruf'}),
        dict(id='Flow_MittelabrufGestellt', **{'from': 'Task_StelleMittelabruf', 'to': 'Gateway_MittelAbrufen'}),
        dict(id='Flow_Abrufen', name='Ja', cond="${mittelabrufAktion == 'abrufen'}",
             **{'from': 'Gateway_MittelAbrufen', 'to': 'Task_PruefeMittelabruf'}),
        dict(id='Flow_Abschliessen', name='Nein, abschließen', cond="${mittelabrufAktion == 'abschliessen'}",
             **{'from': 'Gateway_MittelAbrufen', 'to': 'EndEvent_DurchfuehrungAbgeschlossen'}),
        dict(id='Flow_AbrufzeitraumAbgelaufen', **{'from': 'BoundaryEvent_AbrufzeitraumAbgelaufen', 'to': 'EndEvent_AbrufzeitraumAbgelaufen'}),
        dict(id='Flow_Entschieden', **{'from': 'Task_PruefeMittelabruf', 'to': 'Task_BucheAuszahlung'}),
        dict(id='Flow_Gebucht', **{'from': 'Task_BucheAuszahlung', 'to': 'Task_TeileEntscheidungMit'}),
        dict(id='Flow_Mitgeteilt', **{'from': 'Task_TeileEntscheidungMit', 'to': 'Gateway_MittelVerfuegbar'}),
        dict(id='Flow_MittelVerfuegbar', name='Ja', cond='${verfuegbarCent > 0}',
             **{'from': 'Gateway_MittelVerfuegbar', 'to': 'Gateway_NaechsterMittelabruf'}),
        dict(id='Flow_AllesAusgezahlt', name='Nein', cond='${verfuegbarCent <= 0}',
             **{'from': 'Gateway_MittelVerfuegbar', 'to': 'EndEvent_MittelVollstaendigAusgezahlt'}),
    ],
)

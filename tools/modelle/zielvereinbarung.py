# Layout description of processes/zielvereinbarung.bpmn (see tools/bpmn_skizze.py)
RETRY = '<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>'
# a save point before (nothing of the user's transaction is lost) and after (a mail once sent is committed on its
# own, so a conflict in the following step - e.g. a parallel join - can never resend it)
ASYNC = ' camunda:asyncBefore="true" camunda:asyncAfter="true"'
M, G = 'Lane_Ministerium', 'Lane_Gebietskoerperschaft'


def service(id, name, lane, col, bean, row=0, inputs=None, doc=None):
    io = ''
    if inputs:
        io = '<camunda:inputOutput>' + ''.join(
            f'<camunda:inputParameter name="{k}">{v}</camunda:inputParameter>' for k, v in inputs.items()) + '</camunda:inputOutput>'
    return dict(id=id, type='service', name=name, lane=lane, col=col, row=row, doc=doc,
                attrs=f' camunda:delegateExpression="${{{bean}}}"{ASYNC}', ext=RETRY + io)


def user(id, name, lane, col, groups, form, due, listeners, row=0, inputs=None, doc=None, form_key=False):
    io = ''
    if inputs:
        io = '<camunda:inputOutput>' + ''.join(
            f'<camunda:inputParameter name="{k}">{v}</camunda:inputParameter>' for k, v in inputs.items()) + '</camunda:inputOutput>'
    ls = ''.join(f'<camunda:taskListener delegateExpression="${{{b}}}" event="{e}" />' for e, b in listeners)
    f = f' camunda:formKey="{form}"' if form_key else f' camunda:formRef="{form}" camunda:formRefBinding="deployment"'
    return dict(id=id, type='user', name=name, lane=lane, col=col, row=row, doc=doc,
                attrs=f' camunda:candidateGroups="{groups}"{f} camunda:dueDate="${{fristen.faellig(\'{due}\')}}"',
                ext=io + ls)


def erinnerung(id, name, host, cycle):
    return dict(id=id, type='boundary', name=name, attached=host, offset=30,
                body=f'<bpmn:timerEventDefinition id="{id}_Timer"><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">${{fristen.erinnerung(\'{cycle}\')}}</bpmn:timeCycle></bpmn:timerEventDefinition>')


GK = 'kommune-${gebietskoerperschaft}'
LINK = [('create', 'dokumentLink')]

MODELL = dict(
    id='zielvereinbarung', collab='Zielvereinbarung', pool='Zielvereinbarung', name='Zielvereinbarung',
    ttl='3650', proc_attrs=' camunda:isStartableInTasklist="false"',
    doc='Zielvereinbarung zwischen dem Ministerium und einer Gebietskörperschaft: Entwurf, Prüfung, '
        'Unterzeichnung in fester Reihenfolge, Eingang und Veröffentlichung im Portal „Arbeitswelt Hessen“.',
    lanes=[(M, 'Ministerium (HMSI)'), (G, 'Gebietskörperschaft')],
    nodes=[
        dict(id='StartEvent_ZielvereinbarungBegonnen', type='start', name='Zielvereinbarung begonnen', lane=M, col=0),
        user('Task_ErstelleEntwurf', 'Entwurf erstellen', M, 1, 'hmsi', 'form-zv-entwurf', 'zv-entwurf',
             [('complete', 'zvEntwurfAbschliessen')],
             doc='Budget, Projekte je Maßnahmenart, Jahresabsatz zu § 2, Bündnis-Zeitraum und Unterzeichnende; '
                 'nach einem Änderungswunsch wird hier überarbeitet.'),
        dict(id='Gateway_VerfahrenFortsetzen', type='xor', name='Verfahren fortsetzen?', lane=M, col=2),
        dict(id='EndEvent_ZielvereinbarungStorniert', type='end', name='Zielvereinbarung storniert', lane=M, col=2, row=1),
        service('Task_ErzeugeEntwurf', 'Entwurf als PDF erzeugen', M, 3, 'zvEntwurfErzeugen'),
        user('Task_PruefeEntwurf', 'Entwurf prüfen', G, 4, GK, 'form-zv-pruefung', 'zv-pruefung',
             [('create', 'dokumentLink'), ('complete', 'zvPruefungAbschliessen')]),
        erinnerung('BoundaryEvent_PruefungUeberfaellig', 'Prüfung dauert zu lange', 'Task_PruefeEntwurf', 'zv-pruefung'),
        service('Task_ErinnerePruefung', 'An Prüfung erinnern', G, 4, 'zvErinnern', row=1,
                inputs={'anlass': 'pruefung'}),
        dict(id='EndEvent_PruefungErinnert', type='end', name='Erinnerung versandt', lane=G, col=5, row=1),
        dict(id='Gateway_EntwurfAkzeptiert', type='xor', name='Entwurf akzeptiert?', lane=G, col=5),
        dict(id='Gateway_UnterzeichnungMinisteriumBeginnt', type='and', name='', lane=M, col=6),
        service('Task_FordereUnterzeichnungMinisteriumAn', 'Unterzeichnung anfordern (E-Mail)', M, 7,
                'zvUnterzeichnungAnfordern', row=-1, inputs={'partei': 'ministerium'}),
        user('Task_UnterzeichneMinisterium', 'Zielvereinbarung unterzeichnen', M, 7, 'hmsi',
             'embedded:/formulare/zielvereinbarung-unterzeichnung-ministerium.html', 'zv-unterzeichnung',
             [('create', 'dokumentLink'), ('complete', 'zvUnterzeichnungAbschliessen')], inputs={'partei': 'ministerium'},
             form_key=True),
        erinnerung('BoundaryEvent_UnterzeichnungMinisteriumUeberfaellig', 'Unterzeichnung dauert zu lange',
                   'Task_UnterzeichneMinisterium', 'zv-unterzeichnung'),
        service('Task_ErinnereUnterzeichnungMinisterium', 'An Unterzeichnung erinnern', M, 7, 'zvErinnern', row=1,
                inputs={'anlass': 'ministerium'}),
        dict(id='EndEvent_UnterzeichnungMinisteriumErinnert', type='end', name='Erinnerung versandt', lane=M, col=8, row=1),
        dict(id='Gateway_UnterzeichnungMinisteriumErledigt', type='and', name='', lane=M, col=8),
        dict(id='Gateway_UnterzeichnungGebietskoerperschaftBeginnt', type='and', name='', lane=G, col=9),
        service('Task_FordereUnterzeichnungGebietskoerperschaftAn', 'Unterzeichnung anfordern (E-Mail)', G, 10,
                'zvUnterzeichnungAnfordern', row=-1, inputs={'partei': 'gebietskoerperschaft'}),
        user('Task_UnterzeichneGebietskoerperschaft', 'Zielvereinbarung gegenzeichnen', G, 10, GK,
             'embedded:/formulare/zielvereinbarung-unterzeichnung-gebietskoerperschaft.html', 'zv-unterzeichnung',
             [('create', 'dokumentLink'), ('complete', 'zvUnterzeichnungAbschliessen')],
             inputs={'partei': 'gebietskoerperschaft'}, form_key=True),
        erinnerung('BoundaryEvent_UnterzeichnungGebietskoerperschaftUeberfaellig', 'Unterzeichnung dauert zu lange',
                   'Task_UnterzeichneGebietskoerperschaft', 'zv-unterzeichnung'),
        service('Task_ErinnereUnterzeichnungGebietskoerperschaft', 'An Unterzeichnung erinnern', G, 10, 'zvErinnern',
                row=1, inputs={'anlass': 'gebietskoerperschaft'}),
        dict(id='EndEvent_UnterzeichnungGebietskoerperschaftErinnert', type='end', name='Erinnerung versandt', lane=G,
             col=11, row=1),
        dict(id='Gateway_UnterzeichnungGebietskoerperschaftErledigt', type='and', name='', lane=G, col=11),
        service('Task_ErzeugeEndfassung', 'Unterzeichnete Fassung erzeugen', M, 12, 'zvEndfassungErzeugen'),
        service('Task_VersendeEndfassung', 'Unterzeichnete Fassung versenden (E-Mail)', M, 13, 'zvEndfassungVersenden'),
        user('Task_BestaetigeEingang', 'Eingang bestätigen', M, 14, 'hmsi', 'form-zv-eingang', 'zv-eingang',
             [('create', 'dokumentLink'), ('complete', 'zvEingangAbschliessen')]),
        service('Task_VeroeffentlicheZielvereinbarung', 'Im Portal „Arbeitswelt Hessen“ veröffentlichen', M, 15,
                'zvVeroeffentlichen'),
        dict(id='EndEvent_ZielvereinbarungVeroeffentlicht', type='end', name='Zielvereinbarung veröffentlicht', lane=M,
             col=16),
    ],
    flows=[
        dict(id='Flow_ZumEntwurf', **{'from': 'StartEvent_ZielvereinbarungBegonnen', 'to': 'Task_ErstelleEntwurf'}),
        dict(id='Flow_EntwurfErstellt', **{'from': 'Task_ErstelleEntwurf', 'to': 'Gateway_VerfahrenFortsetzen'}),
        dict(id='Flow_Fortsetzen', name='Ja', cond="${zielvereinbarungStatus != 'STORNIERT'}",
             **{'from': 'Gateway_VerfahrenFortsetzen', 'to': 'Task_ErzeugeEntwurf'}),
        dict(id='Flow_Stornieren', name='Nein, stornieren', cond="${zielvereinbarungStatus == 'STORNIERT'}",
             **{'from': 'Gateway_VerfahrenFortsetzen', 'to': 'EndEvent_ZielvereinbarungStorniert'}),
        dict(id='Flow_EntwurfZurPruefung', **{'from': 'Task_ErzeugeEntwurf', 'to': 'Task_PruefeEntwurf'}),
        dict(id='Flow_PruefungErinnern', **{'from': 'BoundaryEvent_PruefungUeberfaellig', 'to': 'Task_ErinnerePruefung'}),
        dict(id='Flow_PruefungErinnert', **{'from': 'Task_ErinnerePruefung', 'to': 'EndEvent_PruefungErinnert'}),
        dict(id='Flow_Geprueft', **{'from': 'Task_PruefeEntwurf', 'to': 'Gateway_EntwurfAkzeptiert'}),
        dict(id='Flow_AenderungErbeten', name='Nein, Änderung erbeten', cond='${!entwurfAkzeptiert}',
             **{'from': 'Gateway_EntwurfAkzeptiert', 'to': 'Task_ErstelleEntwurf'}),
        dict(id='Flow_Akzeptiert', name='Ja', cond='${entwurfAkzeptiert}', rechts=True,
             **{'from': 'Gateway_EntwurfAkzeptiert', 'to': 'Gateway_UnterzeichnungMinisteriumBeginnt'}),
        dict(id='Flow_MinisteriumAnfordern', **{'from': 'Gateway_UnterzeichnungMinisteriumBeginnt', 'to': 'Task_FordereUnterzeichnungMinisteriumAn'}),
        dict(id='Flow_MinisteriumUnterzeichnen', **{'from': 'Gateway_UnterzeichnungMinisteriumBeginnt', 'to': 'Task_UnterzeichneMinisterium'}),
        dict(id='Flow_MinisteriumAngefordert', **{'from': 'Task_FordereUnterzeichnungMinisteriumAn', 'to': 'Gateway_UnterzeichnungMinisteriumErledigt'}),
        dict(id='Flow_MinisteriumUnterzeichnet', **{'from': 'Task_UnterzeichneMinisterium', 'to': 'Gateway_UnterzeichnungMinisteriumErledigt'}),
        dict(id='Flow_MinisteriumErinnern', **{'from': 'BoundaryEvent_UnterzeichnungMinisteriumUeberfaellig', 'to': 'Task_ErinnereUnterzeichnungMinisterium'}),
        dict(id='Flow_MinisteriumErinnert', **{'from': 'Task_ErinnereUnterzeichnungMinisterium', 'to': 'EndEvent_UnterzeichnungMinisteriumErinnert'}),
        dict(id='Flow_ZurGebietskoerperschaft', rechts=True, **{'from': 'Gateway_UnterzeichnungMinisteriumErledigt', 'to': 'Gateway_UnterzeichnungGebietskoerperschaftBeginnt'}),
        dict(id='Flow_GebietskoerperschaftAnfordern', **{'from': 'Gateway_UnterzeichnungGebietskoerperschaftBeginnt', 'to': 'Task_FordereUnterzeichnungGebietskoerperschaftAn'}),
        dict(id='Flow_GebietskoerperschaftUnterzeichnen', **{'from': 'Gateway_UnterzeichnungGebietskoerperschaftBeginnt', 'to': 'Task_UnterzeichneGebietskoerperschaft'}),
        dict(id='Flow_GebietskoerperschaftAngefordert', **{'from': 'Task_FordereUnterzeichnungGebietskoerperschaftAn', 'to': 'Gateway_UnterzeichnungGebietskoerperschaftErledigt'}),
        dict(id='Flow_GebietskoerperschaftUnterzeichnet', **{'from': 'Task_UnterzeichneGebietskoerperschaft', 'to': 'Gateway_UnterzeichnungGebietskoerperschaftErledigt'}),
        dict(id='Flow_GebietskoerperschaftErinnern', **{'from': 'BoundaryEvent_UnterzeichnungGebietskoerperschaftUeberfaellig', 'to': 'Task_ErinnereUnterzeichnungGebietskoerperschaft'}),
        dict(id='Flow_GebietskoerperschaftErinnert', **{'from': 'Task_ErinnereUnterzeichnungGebietskoerperschaft', 'to': 'EndEvent_UnterzeichnungGebietskoerperschaftErinnert'}),
        dict(id='Flow_BeideUnterzeichnet', **{'from': 'Gateway_UnterzeichnungGebietskoerperschaftErledigt', 'to': 'Task_ErzeugeEndfassung'}),
        dict(id='Flow_EndfassungErzeugt', **{'from': 'Task_ErzeugeEndfassung', 'to': 'Task_VersendeEndfassung'}),
        dict(id='Flow_EndfassungVersandt', **{'from': 'Task_VersendeEndfassung', 'to': 'Task_BestaetigeEingang'}),
        dict(id='Flow_EingangBestaetigt', **{'from': 'Task_BestaetigeEingang', 'to': 'Task_VeroeffentlicheZielvereinbarung'}),
        dict(id='Flow_Veroeffentlicht', **{'from': 'Task_VeroeffentlicheZielvereinbarung', 'to': 'EndEvent_ZielvereinbarungVeroeffentlicht'}),
    ],
)

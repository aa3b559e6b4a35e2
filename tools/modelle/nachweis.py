# Layout description of processes/nachweis.bpmn (see tools/bpmn_skizze.py)
import runpy, os
h = runpy.run_path(os.path.join(os.path.dirname(__file__), 'zielvereinbarung.py'))
a = runpy.run_path(os.path.join(os.path.dirname(__file__), 'antrag.py'))
service, user, timer_date = h['service'], a['user'] if 'user' in a else h['user'], a['timer_date']
G, R = 'Lane_Gebietskoerperschaft', 'Lane_RegierungspraesidiumKassel'
GK = 'kommune-${gebietskoerperschaft}'


def user_frist(id, name, lane, col, groups, form, due_expr, listeners, form_key=True):
    ls = ''.join(f'<camunda:taskListener delegateExpression="${{{b}}}" event="{e}" />' for e, b in listeners)
    return dict(id=id, type='user', name=name, lane=lane, col=col, row=0,
                attrs=f' camunda:candidateGroups="{groups}" camunda:formKey="{form}" camunda:dueDate="{due_expr}"', ext=ls)


MODELL = dict(
    id='nachweis', collab='Nachweis', pool='Nachweis, Prüfung und Abschluss', name='Nachweis, Prüfung und Abschluss',
    ttl='3650', proc_attrs=' camunda:isStartableInTasklist="false"',
    doc='Die Gebietskörperschaft legt den Verwendungsnachweis vor (Sachbericht, zahlenmäßiger Nachweis, Belegliste); '
        'das Regierungspräsidium Kassel prüft sachlich und – durch eine andere Person – rechnerisch (Vier-Augen-Prinzip), '
        'fordert nicht verwendete Mittel mit Zinsen (§ 49a HVwVfG) zurück und schließt den Förderfall ab.',
    lanes=[(G, 'Gebietskörperschaft'), (R, 'Regierungspräsidium Kassel')],
    nodes=[
        dict(id='StartEvent_NachweisBegonnen', type='start', name='Nachweisphase begonnen', lane=G, col=0),
        service('Task_BereiteNachweisVor', 'Verwendungsnachweis vorbereiten', G, 1, 'nachweisVorbereiten'),
        user_frist('Task_ErstelleVerwendungsnachweis', 'Verwendungsnachweis erstellen', G, 2, GK,
                   'embedded:/formulare/verwendungsnachweis.html', '${verwendungsnachweisFaelligAm}',
                   [('create', 'beleglisteLink'), ('complete', 'verwendungsnachweisEinreichen')]),
        timer_date('BoundaryEvent_NachweisfristNaht', 'Frist naht', 'Task_ErstelleVerwendungsnachweis',
                   'verwendungsnachweisErinnerungAm', offset=-30),
        service('Task_ErinnereNachweisfrist', 'An die Frist erinnern (E-Mail)', G, 1, 'nachweisErinnern', row=1,
                inputs={'anlass': 'frist-naht'}),
        dict(id='EndEvent_NachweisfristErinnert', type='end', name='Erinnerung versandt', lane=G, col=1, row=2),
        timer_date('BoundaryEvent_NachweisfristAbgelaufen', 'Frist abgelaufen', 'Task_ErstelleVerwendungsnachweis',
                   'verwendungsnachweisFaelligAm', offset=30),
        service('Task_MeldeNachweisUeberfaellig', 'Überfälligen Nachweis melden (E-Mail)', G, 3, 'nachweisErinnern', row=1,
                inputs={'anlass': 'frist-abgelaufen'}),
        dict(id='EndEvent_NachweisUeberfaelligGemeldet', type='end', name='Gebietskörperschaft und RP informiert', lane=G, col=3, row=2),
        user('Task_PruefeSachlich', 'Verwendungsnachweis sachlich prüfen', R, 4, 'rp-kassel', 'form-nachweis-sachlich',
             'nachweis-sachlich', [('create', 'beleglisteLink'), ('complete', 'nachweisSachlichAbschliessen')]),
        dict(id='Gateway_SachlichRichtig', type='xor', name='Sachlich richtig?', lane=R, col=5),
        user('Task_PruefeRechnerisch', 'Verwendungsnachweis rechnerisch prüfen', R, 6, 'rp-kassel',
             'embedded:/formulare/nachweis-rechnerisch.html', 'nachweis-rechnerisch',
             [('create', 'beleglisteLink'), ('create', 'nachweisAnerkennungVorschlag'), ('assignment', 'nachweisVierAugenPrinzip'),
              ('complete', 'nachweisVierAugenPrinzip'), ('complete', 'nachweisRechnerischAbschliessen')], form_key=True),
        service('Task_BerechneRueckforderung', 'Rückforderung mit Zinsen berechnen', R, 7, 'rueckforderungBerechnen'),
        dict(id='Gateway_RueckforderungNoetig', type='xor', name='Rückforderung?', lane=R, col=8),
        service('Task_ErzeugeSchlussbescheid', 'Schlussbescheid erzeugen (PDF)', R, 9, 'schlussbescheidErzeugen'),
        service('Task_VersendeSchlussbescheid', 'Schlussbescheid versenden (E-Mail)', R, 10, 'schlussbescheidVersenden'),
        service('Task_TeileErgebnisMit', 'Ergebnis ohne Rückforderung mitteilen (E-Mail)', R, 10, 'nachweisOhneRueckforderungMitteilen', row=1),
        dict(id='Gateway_ErgebnisMitgeteilt', type='xor', name='', lane=R, col=11),
        service('Task_SchliesseFoerderfallAb', 'Förderfall abschließen', R, 12, 'foerderfallAbschliessen'),
        dict(id='EndEvent_FoerderfallAbgeschlossen', type='end', name='Förderfall abgeschlossen', lane=R, col=13),
    ],
    flows=[
        dict(id='Flow_ZurVorbereitung', **{'from': 'StartEvent_NachweisBegonnen', 'to': 'Task_BereiteNachweisVor'}),
        dict(id='Flow_ZumVerwendungsnachweis', **{'from': 'Task_BereiteNachweisVor', 'to': 'Task_ErstelleVerwendungsnachweis'}),
        dict(id='Flow_FristNaht', **{'from': 'BoundaryEvent_NachweisfristNaht', 'to': 'Task_ErinnereNachweisfrist'}),
        dict(id='Flow_FristErinnert', **{'from': 'Task_ErinnereNachweisfrist', 'to': 'EndEvent_NachweisfristErinnert'}),
        dict(id='Flow_FristAbgelaufen', **{'from': 'BoundaryEvent_NachweisfristAbgelaufen', 'to': 'Task_MeldeNachweisUeberfaellig'}),
        dict(id='Flow_UeberfaelligGemeldet', **{'from': 'Task_MeldeNachweisUeberfaellig', 'to': 'EndEvent_NachweisUeberfaelligGemeldet'}),
        dict(id='Flow_Eingereicht', **{'from': 'Task_ErstelleVerwendungsnachweis', 'to': 'Task_PruefeSachlich'}),
        dict(id='Flow_SachlichGeprueft', **{'from': 'Task_PruefeSachlich', 'to': 'Gateway_SachlichRichtig'}),
        dict(id='Flow_Nachforderung', name='Nein, nachfordern', cond='${!sachlichRichtig}',
             **{'from': 'Gateway_SachlichRichtig', 'to': 'Task_ErstelleVerwendungsnachweis'}),
        dict(id='Flow_SachlichRichtig', name='Ja', cond='${sachlichRichtig}',
             **{'from': 'Gateway_SachlichRichtig', 'to': 'Task_PruefeRechnerisch'}),
        dict(id='Flow_RechnerischGeprueft', **{'from': 'Task_PruefeRechnerisch', 'to': 'Task_BerechneRueckforderung'}),
        dict(id='Flow_Berechnet', **{'from': 'Task_BerechneRueckforderung', 'to': 'Gateway_RueckforderungNoetig'}),
        dict(id='Flow_MitRueckforderung', name='Ja', cond='${rueckforderungCent > 0}',
             **{'from': 'Gateway_RueckforderungNoetig', 'to': 'Task_ErzeugeSchlussbescheid'}),
        dict(id='Flow_OhneRueckforderung', name='Nein', cond='${rueckforderungCent == 0}',
             **{'from': 'Gateway_RueckforderungNoetig', 'to': 'Task_TeileErgebnisMit'}),
        dict(id='Flow_SchlussbescheidErzeugt', **{'from': 'Task_ErzeugeSchlussbescheid', 'to': 'Task_VersendeSchlussbescheid'}),
        dict(id='Flow_SchlussbescheidVersandt', **{'from': 'Task_VersendeSchlussbescheid', 'to': 'Gateway_ErgebnisMitgeteilt'}),
        dict(id='Flow_ErgebnisMitgeteilt', **{'from': 'Task_TeileErgebnisMit', 'to': 'Gateway_ErgebnisMitgeteilt'}),
        dict(id='Flow_ZumAbschluss', **{'from': 'Gateway_ErgebnisMitgeteilt', 'to': 'Task_SchliesseFoerderfallAb'}),
        dict(id='Flow_Abgeschlossen', **{'from': 'Task_SchliesseFoerderfallAb', 'to': 'EndEvent_FoerderfallAbgeschlossen'}),
    ],
)

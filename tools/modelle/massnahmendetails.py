# Layout description of processes/massnahmendetails.bpmn (see tools/bpmn_skizze.py)
import runpy, os
h = runpy.run_path(os.path.join(os.path.dirname(__file__), 'zielvereinbarung.py'))
T = 'Lane_Traeger'
MODELL = dict(
    id='massnahmendetails', collab='Massnahmendetails', pool='Maßnahmendetails durch Träger', name='Maßnahmendetails durch Träger',
    ttl='3650', proc_attrs=' camunda:isStartableInTasklist="false"',
    doc='Ein Träger mit eigenem Zugang ergänzt die Maßnahmendetails seiner Projekte. Ein eigener Prozess, damit der '
        'Träger nur die Daten seiner Maßnahmen sieht, nicht den ganzen Antrag der Gebietskörperschaft.',
    lanes=[(T, 'Träger')],
    nodes=[
        dict(id='StartEvent_MassnahmendetailsAngefordert', type='start', name='Maßnahmendetails angefordert', lane=T, col=0),
        h['user']('Task_ErgaenzeMassnahmendetails', 'Maßnahmendetails ergänzen', T, 1, '${traegerGruppe}',
                  'embedded:/formulare/massnahmendetails.html', 'massnahmendetails',
                  [('complete', 'massnahmendetailsAbschliessen')], form_key=True),
        dict(id='EndEvent_MassnahmendetailsErgaenzt', type='end', name='Maßnahmendetails ergänzt', lane=T, col=2),
    ],
    flows=[
        dict(id='Flow_ZumErgaenzen', **{'from': 'StartEvent_MassnahmendetailsAngefordert', 'to': 'Task_ErgaenzeMassnahmendetails'}),
        dict(id='Flow_Ergaenzt', **{'from': 'Task_ErgaenzeMassnahmendetails', 'to': 'EndEvent_MassnahmendetailsErgaenzt'}),
    ],
)

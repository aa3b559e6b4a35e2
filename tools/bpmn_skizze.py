#!/usr/bin/env python3
"""Layout helper: writes a BPMN 2.0 file with lanes and complete diagram interchange from a compact
Python description (see processes/*.py next to nothing: the descriptions live in tools/modelle/).

The generated .bpmn is the source of truth afterwards and may be edited in Camunda Modeler; this
script only saves drawing coordinates by hand when a model is first laid out or restructured.
Usage: python3 tools/bpmn_skizze.py tools/modelle/zielvereinbarung.py > processes/zielvereinbarung.bpmn
"""
import runpy
import sys
from xml.sax.saxutils import escape, quoteattr

COL_W, ROW_H, LANE_HEAD, POOL_HEAD, X0 = 175, 125, 30, 30, 90
SIZES = {'task': (125, 80), 'event': (36, 36), 'gateway': (50, 50), 'call': (125, 80)}
TAGS = {
    'start': ('startEvent', 'event'), 'end': ('endEvent', 'event'), 'user': ('userTask', 'task'),
    'service': ('serviceTask', 'task'), 'xor': ('exclusiveGateway', 'gateway'),
    'and': ('parallelGateway', 'gateway'), 'call': ('callActivity', 'call'),
    'boundary': ('boundaryEvent', 'event'), 'catch': ('intermediateCatchEvent', 'event'),
    'rule': ('businessRuleTask', 'task'), 'sub': ('subProcess', 'sub'),
}


def build(m):
    lanes = m['lanes']
    nodes = m['nodes']
    by_id = {n['id']: n for n in nodes}
    # lane geometry: rows used per lane
    rows = {l[0]: set() for l in lanes}
    for n in nodes:
        if n['type'] not in ('boundary', 'sub'):
            rows[n['lane']].add(n.get('row', 0))
    for n in nodes:
        if n['type'] == 'boundary' and by_id[n['attached']]['type'] != 'sub':
            host = by_id[n['attached']]
            n['lane'], n['col'], n['row'] = host['lane'], host['col'], host.get('row', 0)
    lane_y, y = {}, 0
    lane_rows = {}
    for lid, _ in lanes:
        r = sorted(rows[lid] | {0})
        lane_rows[lid] = (min(r), max(r))
        lane_y[lid] = y
        y += (max(r) - min(r) + 1) * ROW_H + 40
    height = y
    max_col = max(n['col'] for n in nodes if 'col' in n)
    width = POOL_HEAD + LANE_HEAD + X0 + (max_col + 1) * COL_W

    def center(n):
        lo, _ = lane_rows[n['lane']]
        cx = POOL_HEAD + LANE_HEAD + X0 + n['col'] * COL_W
        cy = lane_y[n['lane']] + 20 + (n.get('row', 0) - lo) * ROW_H + ROW_H // 2
        return cx, cy

    geo = {}
    for n in nodes:
        if n['type'] == 'sub' or (n['type'] == 'boundary' and by_id[n['attached']]['type'] == 'sub'):
            continue
        tag, kind = TAGS[n['type']]
        w, h = SIZES[kind]
        cx, cy = center(n)
        if n['type'] == 'boundary':
            cy += SIZES['task'][1] // 2
            cx += n.get('offset', 20)
        geo[n['id']] = (cx - w // 2, cy - h // 2, w, h, kind)

    for n in nodes:
        if n['type'] == 'sub':
            kids = [geo[k['id']] for k in nodes if k.get('parent') == n['id']]
            x0 = min(g[0] for g in kids) - 40
            y0 = min(g[1] for g in kids) - 30
            x1 = max(g[0] + g[2] for g in kids) + 40
            y1 = max(g[1] + g[3] for g in kids) + 30
            geo[n['id']] = (x0, y0, x1 - x0, y1 - y0, 'sub')
    for n in nodes:
        if n['type'] == 'boundary' and by_id[n['attached']]['type'] == 'sub':
            sx, sy, sw, sh, _ = geo[n['attached']]
            ey = sy - 18 if n.get('side') == 'top' else sy + sh - 18
            geo[n['id']] = (sx + n.get('offset', 40), ey, 36, 36, 'event')
            n['lane'] = by_id[n['attached']]['lane']

    def anchor(nid, side):
        x, y0, w, h, _ = geo[nid]
        return {'r': (x + w, y0 + h // 2), 'l': (x, y0 + h // 2), 't': (x + w // 2, y0), 'b': (x + w // 2, y0 + h)}[side]

    def waypoints(f):
        s, t = f['from'], f['to']
        if 'via' in f:
            return f['via']
        sx, sy, sw, sh, _ = geo[s]
        tx, ty, tw, th, _ = geo[t]
        scy, tcy = sy + sh // 2, ty + th // 2
        if by_id[s]['type'] == 'boundary':
            a = anchor(s, 't' if by_id[s].get('side') == 'top' else 'b')
            if tx <= a[0] <= tx + tw:  # target straight below/above
                return [a, (a[0], ty if ty > a[1] else ty + th)]
            return [a, (a[0], tcy), anchor(t, 'l')] if tx > a[0] else [a, (a[0], tcy), anchor(t, 'r')]
        scx = sx + sw // 2
        if tx <= scx <= tx + tw and abs(scy - tcy) >= 2:  # straight above or below
            return [anchor(s, 'b' if tcy > scy else 't'), anchor(t, 't' if tcy > scy else 'b')]
        if tx >= sx + sw:  # forward
            if abs(scy - tcy) < 2:
                return [anchor(s, 'r'), anchor(t, 'l')]
            if by_id[s]['type'] in ('xor', 'and') and by_id[s]['lane'] != by_id[t]['lane'] and f.get('rechts'):
                # to another lane: right first, then vertically into the target
                a = anchor(s, 'r')
                b = anchor(t, 't' if tcy > scy else 'b')
                return [a, (b[0], a[1]), b]
            if by_id[s]['type'] in ('xor', 'and'):
                a = anchor(s, 'b' if tcy > scy else 't')
                return [a, (a[0], tcy), anchor(t, 'l')]
            a = anchor(s, 'r')
            b = anchor(t, 't' if tcy > scy else 'b') if by_id[t]['type'] not in ('xor', 'and') else anchor(t, 'b' if tcy < scy else 't')
            return [a, (b[0], a[1]), b]
        # backward loop: go above the source lane row
        top = min(sy, ty) - 30
        a, b = anchor(s, 't'), anchor(t, 't')
        return [a, (a[0], top), (b[0], top), b]

    out = []
    w = out.append
    w('<?xml version="1.0" encoding="UTF-8"?>')
    w('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
      'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
      'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      f'id="Definitions_{m["id"]}" targetNamespace="http://aqb.hessen.de/bpmn" exporter="AQB bpmn_skizze" exporterVersion="1">')
    w(f'  <bpmn:collaboration id="Collaboration_{m["collab"]}">')
    w(f'    <bpmn:participant id="Participant_{m["collab"]}" name={quoteattr(m["pool"])} processRef="{m["id"]}" />')
    w('  </bpmn:collaboration>')
    w(f'  <bpmn:process id="{m["id"]}" name={quoteattr(m["name"])} isExecutable="true" '
      f'camunda:historyTimeToLive="{m["ttl"]}"{m.get("proc_attrs", "")}>')
    if m.get('doc'):
        w(f'    <bpmn:documentation>{escape(m["doc"])}</bpmn:documentation>')
    if m.get('proc_ext'):
        w(f'    <bpmn:extensionElements>{m["proc_ext"]}</bpmn:extensionElements>')
    w('    <bpmn:laneSet id="LaneSet_1">')
    for lid, lname in lanes:
        w(f'      <bpmn:lane id="{lid}" name={quoteattr(lname)}>')
        for n in nodes:
            if n['lane'] == lid and not n.get('parent'):
                w(f'        <bpmn:flowNodeRef>{n["id"]}</bpmn:flowNodeRef>')
        w('      </bpmn:lane>')
    w('    </bpmn:laneSet>')
    flows = m['flows']
    parent_of = {n['id']: n.get('parent') for n in nodes}

    def flow_parent(f):
        a, b = parent_of.get(f['from']), parent_of.get(f['to'])
        return a if a == b else None

    def write_level(parent, ind):
        for n in nodes:
            if n.get('parent') != parent:
                continue
            tag, _ = TAGS[n['type']]
            attrs = f' id="{n["id"]}" name={quoteattr(n["name"])}'
            if n['type'] == 'boundary':
                attrs += f' attachedToRef="{n["attached"]}" cancelActivity="{"true" if n.get("interrupting") else "false"}"'
            if n.get('default'):
                attrs += f' default="{n["default"]}"'
            attrs += n.get('attrs', '')
            w(f'{ind}<bpmn:{tag}{attrs}>')
            if n.get('doc'):
                w(f'{ind}  <bpmn:documentation>{escape(n["doc"])}</bpmn:documentation>')
            if n.get('ext'):
                w(f'{ind}  <bpmn:extensionElements>{n["ext"]}</bpmn:extensionElements>')
            for f in flows:
                if f['to'] == n['id']:
                    w(f'{ind}  <bpmn:incoming>{f["id"]}</bpmn:incoming>')
            for f in flows:
                if f['from'] == n['id']:
                    w(f'{ind}  <bpmn:outgoing>{f["id"]}</bpmn:outgoing>')
            if n.get('body'):
                w(f'{ind}  ' + n['body'])
            if n['type'] == 'sub':
                write_level(n['id'], ind + '  ')
            w(f'{ind}</bpmn:{tag}>')
        for f in flows:
            if flow_parent(f) != parent:
                continue
            name = f' name={quoteattr(f["name"])}' if f.get('name') else ''
            if f.get('cond'):
                w(f'{ind}<bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["from"]}" targetRef="{f["to"]}">')
                w(f'{ind}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f["cond"])}</bpmn:conditionExpression>')
                w(f'{ind}</bpmn:sequenceFlow>')
            else:
                w(f'{ind}<bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["from"]}" targetRef="{f["to"]}" />')

    write_level(None, '    ')
    w('  </bpmn:process>')
    w(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{m["id"]}">')
    w(f'    <bpmndi:BPMNPlane id="BPMNPlane_{m["id"]}" bpmnElement="Collaboration_{m["collab"]}">')
    w(f'      <bpmndi:BPMNShape id="Participant_{m["collab"]}_di" bpmnElement="Participant_{m["collab"]}" isHorizontal="true">')
    w(f'        <dc:Bounds x="0" y="0" width="{width}" height="{height}" />')
    w('      </bpmndi:BPMNShape>')
    for lid, _ in lanes:
        lo, hi = lane_rows[lid]
        lh = (hi - lo + 1) * ROW_H + 40
        w(f'      <bpmndi:BPMNShape id="{lid}_di" bpmnElement="{lid}" isHorizontal="true">')
        w(f'        <dc:Bounds x="{POOL_HEAD}" y="{lane_y[lid]}" width="{width - POOL_HEAD}" height="{lh}" />')
        w('      </bpmndi:BPMNShape>')
    for n in sorted(nodes, key=lambda n: 0 if n['type'] == 'sub' else 1):
        x, y0, wd, h, kind = geo[n['id']]
        extra = ' isMarkerVisible="true"' if n['type'] == 'xor' else (' isExpanded="true"' if n['type'] == 'sub' else '')
        w(f'      <bpmndi:BPMNShape id="{n["id"]}_di" bpmnElement="{n["id"]}"{extra}>')
        w(f'        <dc:Bounds x="{x}" y="{y0}" width="{wd}" height="{h}" />')
        if kind == 'gateway':
            w(f'        <bpmndi:BPMNLabel><dc:Bounds x="{x - 40}" y="{y0 - 34}" width="{wd + 80}" height="27" /></bpmndi:BPMNLabel>')
        elif n['type'] == 'boundary':
            w(f'        <bpmndi:BPMNLabel><dc:Bounds x="{x + wd + 4}" y="{y0 + h - 6}" width="90" height="27" /></bpmndi:BPMNLabel>')
        elif kind == 'event':
            w(f'        <bpmndi:BPMNLabel><dc:Bounds x="{x - 32}" y="{y0 + h + 4}" width="{wd + 64}" height="27" /></bpmndi:BPMNLabel>')
        w('      </bpmndi:BPMNShape>')
    for f in flows:
        w(f'      <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">')
        pts = waypoints(f)
        for (px, py) in pts:
            w(f'        <di:waypoint x="{px}" y="{py}" />')
        if f.get('name'):
            (ax, ay), (bx, by) = (pts[1], pts[2]) if len(pts) == 4 else (pts[0], pts[1])
            lx, ly = ((ax + bx) // 2 + 4, ay - 18) if ay == by else (ax + 6, (ay + by) // 2 - 7)
            w(f'        <bpmndi:BPMNLabel><dc:Bounds x="{lx}" y="{ly}" width="{7 * len(f["name"])}" height="14" /></bpmndi:BPMNLabel>')
        w('      </bpmndi:BPMNEdge>')
    w('    </bpmndi:BPMNPlane>')
    w('  </bpmndi:BPMNDiagram>')
    w('</bpmn:definitions>')
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    model = runpy.run_path(sys.argv[1])['MODELL']
    sys.stdout.write(build(model))

import { describe, expect, it } from 'vitest';
import { buildNetwork } from './network';

const putin = { id: '51', name: 'Vladimir Putin', kind: 'PERSON' };
const kim = { id: '52', name: 'Kim Jong-un', kind: 'PERSON' };
const yong = { id: '69', name: 'Kim Yong-nam', kind: 'PERSON' };
const russia = { id: '54', name: 'Russia', kind: 'COUNTRY' };

describe('buildNetwork', () => {
  const events = [
    {
      id: '151',
      type: 'INVITATION',
      participants: [
        { role: 'INVITER', entity: putin },
        { role: 'INVITEE', entity: kim },
        { role: 'INTERMEDIARY', entity: yong },
      ],
    },
    { id: '162', type: 'MEETING', participants: [{ role: 'HOST', entity: putin }, { role: 'VISITOR', entity: yong }] },
    { id: '166', type: 'AGREEMENT', participants: [{ role: 'PARTICIPANT', entity: russia }, { role: 'PARTICIPANT', entity: putin }] },
  ];

  it('links the people who share events, labelled by the event types', () => {
    const net = buildNetwork(putin, events);
    expect(net.nodes.map((n) => n.name).sort()).toEqual(['Kim Jong-un', 'Kim Yong-nam', 'Vladimir Putin']);
    const edge = (a: string, b: string) => net.edges.find((e) => [e.source, e.target].sort().join() === [a, b].sort().join());
    expect(edge('51', '69')?.label).toBe('INVITATION, MEETING');
    expect(edge('51', '52')?.label).toBe('INVITATION');
    expect(edge('52', '69')?.label).toBe('INVITATION');
    expect(edge('51', '54')).toBeUndefined(); // countries and places are no nodes
  });

  it('lists the connections with their roles, by name', () => {
    const net = buildNetwork(putin, events);
    expect(net.connections.map((c) => c.entity.name)).toEqual(['Kim Jong-un', 'Kim Yong-nam']);
    expect(net.connections[1].events).toEqual([
      { id: '151', type: 'INVITATION', role: 'INTERMEDIARY' },
      { id: '162', type: 'MEETING', role: 'VISITOR' },
    ]);
  });

  it('connects a place to the people of the events held there', () => {
    const moscow = { id: '80', name: 'Moscow', kind: 'PLACE' };
    const net = buildNetwork(moscow, [events[1]]);
    expect(net.edges.map((e) => e.label)).toEqual(['MEETING', 'MEETING', 'MEETING']);
    expect(net.nodes).toHaveLength(3);
  });
});

/**
 * The network around an entity: the people and organizations that share events with it, and how (the
 * event types). Pure data, drawn by the graph view and listed for keyboard and screen-reader users.
 */

export interface NetEntity {
  id: string;
  name: string;
  kind: string;
}

export interface NetEvent {
  id: string;
  type: string;
  participants: ReadonlyArray<{ role: string; entity: NetEntity }>;
}

export interface Connection {
  entity: NetEntity;
  /** The shared events, each with the other's role in it. */
  events: Array<{ id: string; type: string; role: string }>;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  /** The distinct event types the two share, e.g. "INVITATION, MEETING". */
  label: string;
  events: string[];
}

export interface Network {
  center: NetEntity;
  nodes: NetEntity[];
  edges: NetworkEdge[];
  connections: Connection[];
}

const NETWORK_KINDS = new Set(['PERSON', 'ORGANIZATION']);

/**
 * Nodes: the entity and every person or organization that takes part in one of its events. Edges: between
 * any two of them that share an event, labelled by the events' types (one edge per pair).
 */
export function buildNetwork(center: NetEntity, events: readonly NetEvent[]): Network {
  const nodes = new Map<string, NetEntity>([[center.id, center]]);
  const connections = new Map<string, Connection>();
  const pairs = new Map<string, { source: string; target: string; types: Set<string>; events: Set<string> }>();

  for (const event of events) {
    const members = new Map<string, NetEntity>();
    for (const p of event.participants) {
      if (p.entity.id === center.id) {
        members.set(center.id, center);
      } else if (NETWORK_KINDS.has(p.entity.kind)) {
        members.set(p.entity.id, p.entity);
        nodes.set(p.entity.id, p.entity);
        const c = connections.get(p.entity.id) ?? { entity: p.entity, events: [] };
        if (!c.events.some((e) => e.id === event.id && e.role === p.role)) {
          c.events.push({ id: event.id, type: event.type, role: p.role });
        }
        connections.set(p.entity.id, c);
      }
    }
    // an event "at" a place has no role for it: its participants still share it with the place
    if (!members.has(center.id)) members.set(center.id, center);
    const ids = [...members.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}~${ids[j]}`;
        const pair = pairs.get(key) ?? { source: ids[i], target: ids[j], types: new Set(), events: new Set() };
        pair.types.add(event.type);
        pair.events.add(event.id);
        pairs.set(key, pair);
      }
    }
  }

  const edges = [...pairs.entries()].map(([key, p]) => ({
    id: key,
    source: p.source,
    target: p.target,
    label: [...p.types].sort().join(', '),
    events: [...p.events],
  }));
  const list = [...connections.values()].sort((a, b) => a.entity.name.localeCompare(b.entity.name));
  return { center, nodes: [...nodes.values()], edges, connections: list };
}

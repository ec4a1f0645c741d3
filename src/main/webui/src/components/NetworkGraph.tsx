import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import type { Network } from '../lib/network';

/**
 * The network drawn with Cytoscape, loaded on demand (its own chunk, fetched when a page with a network
 * is shown). Nodes open their entity's page. The canvas is a picture for pointer users; the list of
 * connections beside it says the same for keyboard and screen-reader users.
 */
export function NetworkGraph({ network, describedBy }: { network: Network; describedBy?: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [, navigate] = useLocation();
  const [failed, setFailed] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const navigateRef = useRef(navigate);
  navigateRef.current = navigate;

  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | null = null;
    import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (destroyed || !container.current) return;
        // Cytoscape adds a <style> element (position: relative for its container) unless an element with
        // this id exists; the CSP forbids inline styles, and styles.css already sets it.
        if (!document.getElementById('__________cytoscape_stylesheet')) {
          const marker = document.createElement('meta');
          marker.id = '__________cytoscape_stylesheet';
          document.head.appendChild(marker);
        }
        const graph = cytoscape({
          container: container.current,
          elements: [
            ...network.nodes.map((n) => ({
              data: { id: n.id, label: n.name, kind: n.kind, center: n.id === network.center.id ? 1 : 0 },
            })),
            ...network.edges.map((e) => ({ data: { id: `e${e.id}`, source: e.source, target: e.target, label: e.label } })),
          ],
          style: [
            {
              selector: 'node',
              style: {
                label: 'data(label)',
                'background-color': '#2a6fb0',
                color: '#1b1b1b',
                'font-size': 12,
                'text-valign': 'bottom',
                'text-margin-y': 4,
                'text-wrap': 'wrap',
                'text-max-width': '120px',
                'text-background-color': '#ffffff',
                'text-background-opacity': 0.85,
                'text-background-padding': '2px',
                width: 26,
                height: 26,
              },
            },
            { selector: 'node[kind = "ORGANIZATION"]', style: { shape: 'round-rectangle', 'background-color': '#7b4fa3' } },
            {
              selector: 'node[center = 1]',
              style: { 'background-color': '#c0392b', width: 36, height: 36, 'font-weight': 'bold' },
            },
            {
              selector: 'edge',
              style: {
                width: 2,
                'line-color': '#8a9bb0',
                'curve-style': 'bezier',
                label: 'data(label)',
                'font-size': 10,
                color: '#333',
                'text-rotation': 'autorotate',
                'text-wrap': 'ellipsis',
                'text-max-width': '140px',
                'text-background-color': '#ffffff',
                'text-background-opacity': 0.85,
                'text-background-padding': '1px',
              },
            },
          ],
          layout: {
            name: 'concentric',
            concentric: (node: { data(key: string): unknown }) => (node.data('center') ? 2 : 1),
            levelWidth: () => 1,
            minNodeSpacing: network.nodes.length > 12 ? 50 : 110,
            padding: 30,
            fit: true,
            animate: false,
          },
          minZoom: 0.3,
          maxZoom: 3,
          wheelSensitivity: 0.3,
        });
        graph.on('tap', 'node', (evt) => {
          const id = evt.target.id();
          if (id !== network.center.id) navigateRef.current(`/entity/${encodeURIComponent(id)}`);
        });
        graph.on('mouseover', 'node', () => {
          if (container.current) container.current.style.cursor = 'pointer';
        });
        graph.on('mouseout', 'node', () => {
          if (container.current) container.current.style.cursor = '';
        });
        cy = graph;
        setReady(true);
      })
      .catch((e: unknown) => {
        if (!destroyed) setFailed(e instanceof Error ? e.message : String(e));
      });
    return () => {
      destroyed = true;
      cy?.destroy();
    };
  }, [network]);

  return (
    <div className="graph">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={`Network of ${network.center.name}: ${network.nodes.length - 1} people and organizations, ${network.edges.length} links`}
        aria-describedby={describedBy}
        data-testid="network-graph"
        data-ready={ready ? 'true' : 'false'}
      />
      {!ready && !failed && <p className="graph-note">Drawing the network…</p>}
      {failed && (
        <p className="graph-note" role="alert">
          The network could not be drawn ({failed}); the list of connections has the same.
        </p>
      )}
    </div>
  );
}

import { Fragment, type ReactNode } from 'react';
import { Link } from 'wouter';
import { segmentParagraphs, type Segment, type Span } from '../lib/segment';

export interface BodyMention {
  id: string;
  start: number;
  end: number;
  title?: string | null;
  entity: { id: string; name: string; kind: string };
}

export interface BodyQuote {
  id: string;
  start: number;
  end: number;
  partial?: boolean;
  speaker?: { id: string; name: string } | null;
  addressee?: { id: string; name: string } | null;
}

type Data = { mention: BodyMention } | { quote: BodyQuote };

/** Who said a quote, in words: the hover and focus text, and the quote's accessible description. */
export function speakerText(quote: BodyQuote): string {
  const to = quote.addressee ? ` to ${quote.addressee.name}` : '';
  return quote.speaker ? `Said by ${quote.speaker.name}${to}` : `Speaker unknown${to}`;
}

/**
 * An article's body as text, in paragraphs (blank lines apart), with its quotes and entity mentions
 * marked from their offsets. Quotes are focusable and tell their speaker on hover and on focus; mentions
 * link to their entities. Everything in the body is rendered as text nodes: markup in it stays text.
 */
export function ArticleBody({
  body,
  mentions,
  quotes,
}: {
  body: string;
  mentions: readonly BodyMention[];
  quotes: readonly BodyQuote[];
}) {
  const spans: Span<Data>[] = [
    ...quotes.map((q) => ({ start: q.start, end: q.end, kind: 'quote' as const, data: { quote: q } })),
    ...mentions.map((m) => ({ start: m.start, end: m.end, kind: 'mention' as const, data: { mention: m } })),
  ];
  const paragraphs = segmentParagraphs(body, spans);
  return (
    <div className="article-body">
      {paragraphs.map((p) => (
        <p key={p.start}>{render(p.segments)}</p>
      ))}
    </div>
  );
}

function render(segments: readonly Segment<Data>[]): ReactNode[] {
  return segments.map((s) => {
    if (s.type === 'text') return <Fragment key={s.start}>{s.text}</Fragment>;
    const data = s.span.data;
    if ('quote' in data) {
      const q = data.quote;
      const tipId = `quote-${q.id}-${s.start}-speaker`;
      return (
        <span key={`q${s.start}`} className="quote-wrap">
          <span
            className={`quote${q.speaker ? '' : ' quote-unattributed'}`}
            tabIndex={0}
            aria-describedby={tipId}
            data-quote-id={q.id}
          >
            {render(s.children)}
          </span>
          <span role="tooltip" id={tipId} className="quote-speaker">
            {speakerText(q)}
          </span>
        </span>
      );
    }
    const m = data.mention;
    return (
      <Link
        key={`m${s.start}`}
        href={`/entity/${encodeURIComponent(m.entity.id)}`}
        className={`mention mention-${m.entity.kind.toLowerCase()}`}
        title={m.title ? `${m.entity.name}, ${m.title}` : m.entity.name}
      >
        {render(s.children)}
      </Link>
    );
  });
}

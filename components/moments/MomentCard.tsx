import { useMemo } from 'react';
import type { MomentRecord, StoryRecord } from '@/lib/storage/db';
import { talkingPointsFor } from '@/lib/practice/stories';
import { SOURCE_LABELS } from '@/lib/sources';
import { caveInCoachingFor, firstNameFrom, suggestionsFor } from '@/lib/playbook/fill';
import { useCustomizations } from './customizations';
import { HighlightedText } from './HighlightedText';
import { StoryList } from './StoryList';
import { SuggestionList, type SuggestionActions } from './SuggestionList';

function whoSaidIt(m: MomentRecord): string {
  if (m.kind === 'draft') return 'Your draft';
  const name = m.speaker ?? 'Someone';
  return m.speakerEmail && m.kind === 'email' ? `${name} <${m.speakerEmail}>` : name;
}

export interface MomentCardProps {
  moment: MomentRecord;
  expanded: boolean;
  onToggle?: () => void;
  actions: SuggestionActions;
  onFeedback(feedback: 'helpful' | 'not_this'): void;
  /** The same category came up again within the cooldown: shown folded, marked "again". */
  again?: boolean;
  /** It fired only on triggers the rep said "Not this" to. */
  dismissed?: boolean;
  /** The rep's customer stories: those tagged with this moment's categories are offered as talking points. */
  stories?: readonly StoryRecord[];
  /** Copies a story's words; the clipboard by default. */
  onCopyStory?: (text: string) => Promise<void>;
}

const NO_STORIES: readonly StoryRecord[] = [];
const copyToClipboard = (text: string) => navigator.clipboard.writeText(text);

export function MomentCard({ moment, expanded, onToggle, actions, onFeedback, again = false, dismissed = false, stories = NO_STORIES, onCopyStory = copyToClipboard }: MomentCardProps) {
  const primary = moment.categories[0] ?? 'unknown';
  const { ownResponses, categoryName, categoryColour } = useCustomizations();
  const channel = moment.kind === 'caption' ? 'caption' : 'email';
  const isCoaching = moment.detections.every((d) => d.speakers === 'rep');
  const suggestions = suggestionsFor(moment.categories, { channel, firstName: firstNameFrom(moment.kind === 'draft' ? null : moment.speaker), count: 2, ownResponses });
  const points = useMemo(() => talkingPointsFor(stories, moment.categories), [stories, moment.categories]);
  const headingId = `moment-${moment.id}-title`;
  return (
    <article
      className={`moment ${expanded ? 'expanded' : 'collapsed'}${again ? ' again' : ''}${dismissed ? ' dismissed' : ''}`}
      data-testid="moment"
      data-category={primary}
      data-categories={moment.categories.join(' ')}
      data-source={moment.source}
      data-kind={moment.kind}
      data-again={again ? 'true' : undefined}
      data-dismissed={dismissed ? 'true' : undefined}
      aria-labelledby={headingId}
    >
      <header>
        <h2 id={headingId}>
          {moment.categories.map((c) => (
            <span key={c} className={`category category-${c}`} style={categoryColour(c) ? { borderColor: categoryColour(c) } : undefined}>
              {categoryName(c)}
            </span>
          ))}
          {again && <span className="badge" data-testid="again">again</span>}
          {dismissed && <span className="badge" data-testid="dismissed">you said “Not this”</span>}
        </h2>
        <p className="meta">
          <span data-testid="speaker">{whoSaidIt(moment)}</span> · {SOURCE_LABELS[moment.source]}
          {moment.conversationTitle && <> · <span className="title">{moment.conversationTitle}</span></>}
        </p>
        {onToggle && (
          <button type="button" className="toggle" aria-expanded={expanded} onClick={onToggle}>
            {expanded ? 'Hide' : 'Show'}
          </button>
        )}
      </header>
      {expanded && (
        <>
          <HighlightedText text={moment.text} detections={moment.detections} />
          {isCoaching ? (
            <p className="coaching" data-testid="coaching">{caveInCoachingFor(primary)}</p>
          ) : (
            suggestions && <p className="coaching">{suggestions.coaching}</p>
          )}
          {suggestions && (
            <>
              <SuggestionList title="Ask" items={suggestions.questions} actions={actions} usedId={moment.usedSuggestionId} />
              <SuggestionList title="Answer honestly" items={suggestions.responses} actions={actions} usedId={moment.usedSuggestionId} />
            </>
          )}
          <StoryList points={points} onCopy={onCopyStory} />
          <footer className="feedback-row">
            <button type="button" aria-pressed={moment.feedback === 'helpful'} onClick={() => onFeedback('helpful')}>Helpful</button>
            <button type="button" aria-pressed={moment.feedback === 'not_this'} onClick={() => onFeedback('not_this')}>Not this</button>
          </footer>
        </>
      )}
    </article>
  );
}

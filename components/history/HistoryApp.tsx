import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MomentRecord, TruthSerumDB } from '@/lib/storage/db';
import { distinctKeys, type HistoryFilter } from '@/lib/storage/history';
import { exportMoments } from './export';
import { HistoryFilters } from './HistoryFilters';
import { HistoryList } from './HistoryList';
import { PAGE_SIZE, useHistoryPages } from './useHistoryPages';
import './history.css';

// Not needed for the first rows: uPlot and the moment cards load after them.
const Charts = lazy(() => import('./Charts').then((m) => ({ default: m.Charts })));
const ConversationView = lazy(() => import('./ConversationView').then((m) => ({ default: m.ConversationView })));

const NONE: string[] = [];
/** As many prospects as the field suggests. */
const MAX_PROSPECTS = 500;

/** The full history page: filters, a virtualised list, a conversation view, charts and export. */
export function HistoryApp({ db }: { db: TruthSerumDB }) {
  const [filter, setFilter] = useState<HistoryFilter>({});
  // Typing in a search box should not queue a query per key press.
  const deferred = useDeferredValue(filter);
  const [textFilter, setTextFilter] = useState<HistoryFilter>({});
  useEffect(() => {
    const t = setTimeout(() => setTextFilter(deferred), deferred.text === textFilter.text && deferred.prospect === textFilter.prospect ? 0 : 250);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deferred]);
  const pages = useHistoryPages(db, textFilter);
  const [conversation, setConversation] = useState<{ moment: MomentRecord; index: number } | null>(null);
  const [returnFocus, setReturnFocus] = useState<number | null>(null);
  const [exporting, setExporting] = useState<string>('');
  // The first rows come first; the lists for the filters are read once they are on screen.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (pages.ready && !ready) setReady(true);
  }, [pages.ready, ready]);
  // The charts count every week of every category: hundreds of IndexedDB requests. They run only once the rep
  // opens the section, and not before the list has its first rows and total; closing it keeps what was counted.
  const [chartsOpen, setChartsOpen] = useState(false);
  // Latched: a later filter change recounts the list but leaves the charts (which follow the dates only) alone.
  const [counted, setCounted] = useState(false);
  useEffect(() => {
    if (pages.total !== undefined && !counted) setCounted(true);
  }, [pages.total, counted]);
  const categories = useLiveQuery(async () => {
    if (!ready) return NONE;
    const keys = (await distinctKeys(db, 'categories')) as string[];
    performance.mark?.('history:lists');
    return keys;
  }, [db, ready]) ?? NONE;
  // One seek per distinct prospect, and there can be thousands: read only once the rep goes to the Prospect field,
  // and no more than the suggestions show.
  const [prospectsWanted, setProspectsWanted] = useState(false);
  const prospects = useLiveQuery(async () => (prospectsWanted ? ((await distinctKeys(db, 'prospectKey', MAX_PROSPECTS)) as string[]) : NONE), [db, prospectsWanted]) ?? NONE;

  const doExport = useCallback(
    async (format: 'csv' | 'json') => {
      setExporting(`Exporting ${format.toUpperCase()}…`);
      try {
        const n = await exportMoments(db, textFilter, format);
        setExporting(`Exported ${n.toLocaleString()} moment${n === 1 ? '' : 's'} as ${format.toUpperCase()}.`);
      } catch (e) {
        setExporting(`Could not export: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    [db, textFilter],
  );

  return (
    <div className="history-page">
      <header className="history-header">
        <h1>Truth Serum · History</h1>
        <p className="muted">Every moment stays in this browser. Export writes a file on this computer; nothing is sent anywhere.</p>
      </header>
      <HistoryFilters value={filter} onChange={setFilter} extraCategories={categories} prospects={prospects} onProspectsWanted={() => setProspectsWanted(true)} />
      <div className="history-toolbar">
        <p role="status" aria-live="polite" data-testid="history-count">
          {pages.total !== undefined
            ? `${pages.total.toLocaleString()} moment${pages.total === 1 ? '' : 's'}`
            : pages.ready
              ? `${pages.count.toLocaleString()}${pages.count >= PAGE_SIZE ? '+' : ''} moments, counting…`
              : 'Loading…'}
        </p>
        <div className="actions">
          <button type="button" onClick={() => void doExport('csv')}>
            Export CSV
          </button>
          <button type="button" onClick={() => void doExport('json')}>
            Export JSON
          </button>
          <span className="muted" role="status">
            {exporting}
          </span>
        </div>
      </div>
      {pages.error && <p role="alert">Could not read the history: {pages.error}</p>}
      <div className="history-main">
        {conversation ? (
          <Suspense fallback={<p className="muted">Opening…</p>}>
            <ConversationView
              db={db}
              anchor={conversation.moment}
              onClose={() => {
                setReturnFocus(conversation.index);
                setConversation(null);
              }}
            />
          </Suspense>
        ) : (
          <HistoryList
            pages={pages}
            focusIndex={returnFocus}
            onOpen={(moment, index) => {
              setReturnFocus(null);
              setConversation({ moment, index });
            }}
          />
        )}
      </div>
      <details
        className="history-charts"
        data-testid="history-charts"
        onToggle={(e) => {
          const open = e.currentTarget.open;
          if (open && !chartsOpen) {
            performance.mark?.('history:charts-open');
            setChartsOpen(true);
          }
        }}
      >
        <summary>Charts</summary>
        {chartsOpen &&
          (counted ? (
            <Suspense fallback={<p className="muted">Counting…</p>}>
              <Charts db={db} from={textFilter.from} to={textFilter.to} />
            </Suspense>
          ) : (
            <p className="muted">Counting…</p>
          ))}
      </details>
    </div>
  );
}

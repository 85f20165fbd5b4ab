import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { CATEGORY_IDS, categoryLabel, type CategoryId } from '@/lib/detection/taxonomy';
import type { TruthSerumDB } from '@/lib/storage/db';
import { buildDrills, chooseRound, loadPracticeMoments, progressByDay, recordAttempt, type Drill } from '@/lib/practice/drills';
import type { ScoreResult } from '@/lib/practice/scorer';
import { DrillRunner } from './DrillRunner';
import { PackPanel } from './PackPanel';
import { ProgressChart } from './ProgressChart';
import { StoriesEditor } from './StoriesEditor';
import './practice.css';

const ROUND_SIZE = 5;

/** Practice mode: answer tough customer lines before they happen, see what landed, come back to the weak ones. */
export function PracticeApp({ db, now }: { db: TruthSerumDB; now?: () => number }) {
  const clock = now ?? Date.now;
  const moments = useLiveQuery(() => loadPracticeMoments(db), [db]);
  const custom = useLiveQuery(() => db.practiceDrills.toArray(), [db]);
  const schedule = useLiveQuery(() => db.practiceSchedule.toArray(), [db]);
  const attempts = useLiveQuery(() => db.practiceAttempts.orderBy('createdAt').toArray(), [db]);
  const stories = useLiveQuery(() => db.stories.orderBy('createdAt').reverse().toArray(), [db]);
  const [mode, setMode] = useState<'mixed' | 'chosen'>('mixed');
  const [chosen, setChosen] = useState<CategoryId[]>([]);
  const [round, setRound] = useState<Drill[] | null>(null);
  const [index, setIndex] = useState(0);
  const [done, setDone] = useState<number[]>([]);
  const id = useId();

  const drills = useMemo(() => (moments && custom ? buildDrills(moments, custom) : null), [moments, custom]);
  const progress = useMemo(() => progressByDay(attempts ?? []), [attempts]);
  const fromHistory = drills?.filter((d) => d.origin === 'history').length ?? 0;
  const ready = drills !== null && schedule !== undefined;

  const start = () => {
    if (!drills || !schedule) return;
    const r = chooseRound(drills, schedule, { categories: mode === 'mixed' ? 'mixed' : chosen, size: ROUND_SIZE, now: clock() });
    setRound(r);
    setIndex(0);
    setDone([]);
  };
  const onScored = async (drill: Drill, answer: string, result: ScoreResult) => {
    await recordAttempt(db, drill, answer, result, clock());
    setDone((d) => [...d, result.score]);
  };
  const current = round?.[index];

  return (
    <main className="practice-page">
      <header>
        <h1>Truth Serum · Practice</h1>
        <p className="muted">
          Shadowbox the tough moments before they happen. {ready ? `${fromHistory} drills come from your own conversations; the rest from the built-in playbook.` : 'Loading drills…'}
        </p>
      </header>

      <section className="practice-section" aria-labelledby={`${id}-setup`}>
        <h2 id={`${id}-setup`}>Start a round</h2>
        <fieldset>
          <legend>What to practise</legend>
          <label>
            <input type="radio" name={`${id}-mode`} checked={mode === 'mixed'} onChange={() => setMode('mixed')} /> Mixed round (weakest first)
          </label>{' '}
          <label>
            <input type="radio" name={`${id}-mode`} checked={mode === 'chosen'} onChange={() => setMode('chosen')} /> Choose categories
          </label>
        </fieldset>
        {mode === 'chosen' ? (
          <fieldset>
            <legend className="field-label">Categories</legend>
            <div className="category-picks">
              {CATEGORY_IDS.map((c) => (
                <label key={c}>
                  <input type="checkbox" checked={chosen.includes(c)} onChange={(e) => setChosen(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))} />
                  {categoryLabel(c)}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <button type="button" className="primary" onClick={start} disabled={!ready || (mode === 'chosen' && chosen.length === 0)}>
          {round ? 'Start a new round' : 'Start round'}
        </button>
      </section>

      {round && current ? (
        <DrillRunner key={`${current.id}-${index}`} drill={current} position={index + 1} total={round.length} onScored={onScored} onNext={() => setIndex(index + 1)} />
      ) : null}
      {round && !current ? (
        <section className="practice-section" role="status" data-testid="round-done">
          <h2>Round done</h2>
          <p>
            {round.length === 0
              ? 'No drills for those categories yet.'
              : `You answered ${done.length} of ${round.length}; average score ${done.length ? Math.round(done.reduce((a, b) => a + b, 0) / done.length) : 0}. Weak categories come back sooner.`}
          </p>
        </section>
      ) : null}

      <section className="practice-section" aria-labelledby={`${id}-progress`}>
        <h2 id={`${id}-progress`}>Progress</h2>
        <ProgressChart progress={progress} schedule={schedule ?? []} now={clock()} />
      </section>

      <CustomDrillForm db={db} count={custom?.length ?? 0} />
      <StoriesEditor db={db} stories={stories ?? []} />
      <PackPanel db={db} />
    </main>
  );
}

function CustomDrillForm({ db, count }: { db: TruthSerumDB; count: number }) {
  const [line, setLine] = useState('');
  const [category, setCategory] = useState<CategoryId>('info_brushoff');
  const [channel, setChannel] = useState<'caption' | 'email'>('caption');
  const [message, setMessage] = useState('');
  const id = useId();
  return (
    <section className="practice-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Your own drills</h2>
      <p className="muted">{count} of your own drills. Write a line a customer might say; it joins the rounds and exported packs.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!line.trim()) return;
          void db.practiceDrills
            .put({ id: `drill-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, category, customerLine: line.trim(), channel, createdAt: Date.now() })
            .then(() => {
              setLine('');
              setMessage('Drill added.');
            });
        }}
      >
        <label className="field-label" htmlFor={`${id}-line`}>
          What the customer says
        </label>
        <input id={`${id}-line`} type="text" maxLength={1000} value={line} onChange={(e) => setLine(e.target.value)} />
        <label className="field-label" htmlFor={`${id}-cat`}>
          Category
        </label>
        <select id={`${id}-cat`} value={category} onChange={(e) => setCategory(e.target.value)}>
          {CATEGORY_IDS.map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
        <label className="field-label" htmlFor={`${id}-channel`}>
          Where
        </label>
        <select id={`${id}-channel`} value={channel} onChange={(e) => setChannel(e.target.value === 'email' ? 'email' : 'caption')}>
          <option value="caption">On a call</option>
          <option value="email">In an email</option>
        </select>
        <div className="actions" style={{ marginTop: 6 }}>
          <button type="submit" disabled={!line.trim()}>
            Add drill
          </button>
        </div>
        <p className="muted status-line" role="status">
          {message}
        </p>
      </form>
    </section>
  );
}

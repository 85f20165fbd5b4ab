import { useEffect, useId, useRef, useState } from 'react';
import { categoryLabel } from '@/lib/detection/taxonomy';
import type { Drill } from '@/lib/practice/drills';
import { scoreAnswer, type ScoreResult } from '@/lib/practice/scorer';
import { ResultView } from './ResultView';

interface RecognitionLike {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  onresult: ((e: { resultIndex: number; results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }> }) => void) | null;
  onend: (() => void) | null;
  onerror: ((e: unknown) => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionCtor = new () => RecognitionLike;

/** The browser's speech recognition, when it has one; the microphone button only shows then. */
export function speechRecognition(): RecognitionCtor | null {
  const w = globalThis as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

function CustomerLine({ drill }: { drill: Drill }) {
  const h = drill.highlight;
  if (!h || h.end <= h.start) return <p className="customer-line quote">{drill.customerLine}</p>;
  return (
    <p className="customer-line quote">
      {drill.customerLine.slice(0, h.start)}
      <mark>{drill.customerLine.slice(h.start, h.end)}</mark>
      {drill.customerLine.slice(h.end)}
    </p>
  );
}

export interface DrillRunnerProps {
  drill: Drill;
  position: number;
  total: number;
  onScored: (drill: Drill, answer: string, result: ScoreResult) => Promise<void> | void;
  onNext: () => void;
}

/** One drill: the customer's line, the rep's answer (typed or spoken), then the verdict and the model answers. */
export function DrillRunner({ drill, position, total, onScored, onNext }: DrillRunnerProps) {
  const [answer, setAnswer] = useState('');
  const [result, setResult] = useState<{ answer: string; result: ScoreResult } | null>(null);
  const [listening, setListening] = useState(false);
  const recognition = useRef<RecognitionLike | null>(null);
  const answerId = useId();
  const Ctor = speechRecognition();
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => () => recognition.current?.stop(), []);
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const submit = async () => {
    if (!answer.trim()) return;
    recognition.current?.stop();
    const r = scoreAnswer(answer, { category: drill.category, channel: drill.channel });
    setResult({ answer, result: r });
    await onScored(drill, answer, r);
  };

  const toggleMic = () => {
    if (!Ctor) return;
    if (listening) {
      recognition.current?.stop();
      return;
    }
    const rec = new Ctor();
    rec.lang = navigator.language || 'en-US';
    rec.interimResults = false;
    rec.continuous = true;
    const base = answer ? `${answer.trimEnd()} ` : '';
    let heard = '';
    rec.onresult = (e) => {
      for (let i = e.resultIndex; i < e.results.length; i++) if (e.results[i]!.isFinal) heard += `${e.results[i]![0]!.transcript.trim()} `;
      setAnswer(base + heard.trim());
    };
    rec.onend = () => setListening(false);
    rec.onerror = () => setListening(false);
    recognition.current = rec;
    rec.start();
    setListening(true);
  };

  return (
    <article className="practice-section" data-testid="drill" data-category={drill.category} aria-labelledby="drill-heading">
      <h2 id="drill-heading">
        Drill {position} of {total}: <span className={`category category-${drill.category}`}>{categoryLabel(drill.category)}</span>
      </h2>
      <p className="muted">
        {drill.origin === 'history' ? 'A customer said this to you' : drill.origin === 'custom' ? 'From your drills' : 'A customer might say'}
        {drill.channel === 'email' ? ' in an email; answer in writing.' : ' on a call; answer as you would say it.'}
      </p>
      <CustomerLine drill={drill} />
      {!result ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label className="field-label" htmlFor={answerId}>
            Your answer
          </label>
          <textarea
            id={answerId}
            rows={4}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void submit();
              }
            }}
            aria-describedby={`${answerId}-hint`}
          />
          <p className="muted" id={`${answerId}-hint`}>
            Ctrl+Enter scores it. Everything is scored in this browser.
          </p>
          <div className="actions">
            <button type="submit" className="primary" disabled={!answer.trim()}>
              Score my answer
            </button>
            {Ctor ? (
              <button type="button" onClick={toggleMic} aria-pressed={listening}>
                {listening ? 'Stop microphone' : 'Answer aloud'}
              </button>
            ) : null}
          </div>
        </form>
      ) : (
        <>
          <h3 ref={resultHeading} tabIndex={-1} className="visually-hidden">
            Result
          </h3>
          <ResultView drill={drill} answer={result.answer} result={result.result} />
          <div className="actions" style={{ marginTop: 8 }}>
            <button type="button" className="primary" onClick={onNext}>
              {position < total ? 'Next drill' : 'Finish round'}
            </button>
          </div>
        </>
      )}
    </article>
  );
}

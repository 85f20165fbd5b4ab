import { fillPlaceholders, playbookFor } from '@/lib/playbook/fill';
import type { ScoreResult } from '@/lib/practice/scorer';
import type { Drill } from '@/lib/practice/drills';
import { Highlighted } from './Highlighted';

const PRINCIPLE_NAMES: Record<string, string> = {
  ok_to_say_no: 'Makes no OK',
  advice_not_sponsorship: 'Asks for advice',
  find_where_interest_went: 'Finds where interest went',
  customer_focus: 'About the customer',
  face_it_take_it_fix_it: 'Faces the problem',
  thank_the_tough_customer: 'Thanks the tough customer',
  honesty: 'Honest',
};

/** Each principle met or missed with the words that decided it, beside the playbook's model answers. */
export function ResultView({ drill, answer, result }: { drill: Drill; answer: string; result: ScoreResult }) {
  const entry = playbookFor(drill.category);
  const models = entry ? [...entry.questions, ...entry.responses] : [];
  return (
    <div className="result-grid" data-testid="practice-result">
      <section aria-labelledby="your-result">
        <h3 id="your-result">Your answer</h3>
        <p className="score" data-testid="practice-score">
          {result.score} / 100
        </p>
        <ul className="principles">
          {result.principles.map((p) => {
            const state = !p.applies ? 'not-applicable' : p.met ? 'met' : 'missed';
            const spans = p.met ? p.evidence : p.against.length ? p.against : p.evidence;
            return (
              <li key={p.id} className={state} data-testid="principle" data-principle={p.id} data-state={state}>
                <span className="verdict">{!p.applies ? '– Not scored here' : p.met ? '✓ Met' : '✗ Missed'}</span>: {p.label}
                <div className="muted">{p.detail}</div>
                {spans.length > 0 ? (
                  <p className="quote">
                    <Highlighted text={answer} spans={spans} kind={p.met ? 'evidence' : 'against'} />
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="model-answers" data-testid="model-answers">
        <h3 id="model-answers">Model answers from the playbook</h3>
        {entry ? (
          <>
            <p className="coaching">{entry.coaching}</p>
            <ul className="model-answers">
              {models.map((m) => (
                <li key={m.id}>
                  <div className="principle-tag">{PRINCIPLE_NAMES[m.principle] ?? m.principle}</div>
                  <div>{fillPlaceholders(drill.channel === 'email' ? m.email : m.spoken, {})}</div>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">This is one of your own categories: the built-in playbook has no model answers for it.</p>
        )}
      </section>
    </div>
  );
}

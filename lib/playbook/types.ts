import type { BuiltInCategoryId } from '../detection/taxonomy';

/** Which principle from our playbook a line puts into practice. */
export type Principle =
  | 'ok_to_say_no'
  | 'advice_not_sponsorship'
  | 'find_where_interest_went'
  | 'customer_focus'
  | 'face_it_take_it_fix_it'
  | 'thank_the_tough_customer'
  | 'honesty';

/**
 * One suggestion. `email` is written to be pasted into a reply; `spoken` is short enough to say on a call.
 * Both may use the placeholders {firstName} and {company}; `fill` drops a placeholder gracefully when unknown.
 */
export interface PlaybookLine {
  id: string;
  principle: Principle;
  email: string;
  spoken: string;
}

export interface CategoryPlaybook {
  category: BuiltInCategoryId;
  /** One sentence of coaching: what is probably going on and what the rep should aim for. */
  coaching: string;
  /** Customer-focused questions. */
  questions: PlaybookLine[];
  /** Honest responses. */
  responses: PlaybookLine[];
  /** Shown when the rep's own draft caves in to this moment (e.g. "Sure, I'll send some info!"). */
  caveInCoaching: string;
}

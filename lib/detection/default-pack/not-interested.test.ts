import { describeExamples } from './describe-examples';
import sets from './examples/not-interested';

for (const set of sets) describeExamples('not_interested', set);

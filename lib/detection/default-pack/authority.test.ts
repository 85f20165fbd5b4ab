import { describeExamples } from './describe-examples';
import sets from './examples/authority';

for (const set of sets) describeExamples('authority', set);

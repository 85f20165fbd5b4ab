import { describeExamples } from './describe-examples';
import sets from './examples/stall';

for (const set of sets) describeExamples('stall', set);

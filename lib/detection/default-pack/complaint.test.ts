import { describeExamples } from './describe-examples';
import sets from './examples/complaint';

for (const set of sets) describeExamples('complaint', set);

import { describeExamples } from './describe-examples';
import sets from './examples/competitor';

for (const set of sets) describeExamples('competitor', set);

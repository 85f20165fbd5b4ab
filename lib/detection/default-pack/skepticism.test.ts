import { describeExamples } from './describe-examples';
import sets from './examples/skepticism';

for (const set of sets) describeExamples('skepticism', set);

import { describeExamples } from './describe-examples';
import sets from './examples/price';

for (const set of sets) describeExamples('price', set);

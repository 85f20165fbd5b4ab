import { describeExamples } from './describe-examples';
import sets from './examples/info-brushoff';

for (const set of sets) describeExamples('info_brushoff', set);

import type { BuiltInCategoryId } from '../../taxonomy';
import type { ExampleSet } from './example';
import authority from './authority';
import competitor from './competitor';
import complaint from './complaint';
import infoBrushoff from './info-brushoff';
import notInterested from './not-interested';
import price from './price';
import skepticism from './skepticism';
import stall from './stall';

/** Every category's own examples (see example.ts). */
export const OWN_EXAMPLES: Record<BuiltInCategoryId, ExampleSet[]> = {
  info_brushoff: infoBrushoff,
  not_interested: notInterested,
  stall,
  price,
  competitor,
  authority,
  complaint,
  skepticism,
};

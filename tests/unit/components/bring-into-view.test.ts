// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { bringIntoView } from '../../../src/components/bring-into-view.ts';

function placed(top: number, bottom: number, drawnIsSelf = true) {
  const el = document.createElement('p');
  document.body.append(el);
  el.getBoundingClientRect = () => ({ top, bottom, left: 0, width: 100, height: bottom - top }) as DOMRect;
  document.elementFromPoint = () => (drawnIsSelf ? el : document.body);
  el.scrollIntoView = vi.fn();
  return el;
}

describe('bringIntoView', () => {
  it('leaves a verdict the learner can see where it is', () => {
    const el = placed(100, 130);
    bringIntoView(el);
    expect(el.scrollIntoView).not.toHaveBeenCalled();
  });

  it('centres a verdict below the fold of a 500 px frame', () => {
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(500);
    const el = placed(754, 785);
    bringIntoView(el);
    expect(el.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
  });

  it('centres a verdict hidden under a sticky bar', () => {
    const el = placed(420, 450, false);
    bringIntoView(el);
    expect(el.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
  });
});

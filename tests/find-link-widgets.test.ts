import { describe, expect, it } from 'vitest';
import { findLinkWidgets } from '../src/corpus/find-link-widgets.js';

const widgetsOf = (text: string) => findLinkWidgets(text).map((widget) => text.slice(widget.start, widget.end).trim());

describe('findLinkWidgets', () => {
  it('finds a widget from the formal name to "MORE": "John Kelly John Francis KellyMORE has reminded"', () => {
    expect(
      widgetsOf('White House chief of staff John Kelly John Francis KellyMORE has reminded the president.'),
    ).toEqual(['John Francis KellyMORE']);
  });

  it('and one whose formal name runs into headlines', () => {
    expect(
      widgetsOf(
        'said Rep. Ken Calvert Kenneth (Ken) Stanton CalvertGOP lawmakers balk at plan Trump tweets again MORE (R-Calif.).',
      ),
    ).toEqual(['Kenneth (Ken) Stanton CalvertGOP lawmakers balk at plan Trump tweets again MORE']);
  });

  it('not without "MORE" in the paragraph: "McDonald McDonaldLand" is a name and a brand', () => {
    expect(widgetsOf('Ronald McDonald met the McDonaldLand crew.\nMORE to come.')).toEqual([]);
  });

  it('not where the glued word repeats no surname just written: "the iPhone and YouTube … MORE"', () => {
    expect(widgetsOf('Apple sold the phone on YouTubeLive and in stores, MORE than ever.')).toEqual([]);
  });
});

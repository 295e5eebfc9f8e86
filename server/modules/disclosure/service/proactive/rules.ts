import {
  categoryOfTable2Kind,
  PROACTIVE_DEADLINE_WORKING_DAYS,
  type ProactiveCategory,
  type PublicationChannel,
  type Table2Kind,
  TABLE2_KIND_LABELS,
  PROACTIVE_CATEGORY_LABELS,
} from '../../../../../common/contracts/disclosure/proactive.js';
import { computeDue, type IsoDate, type WorkCalendar } from '../../../../../common/calendar/index.js';

export interface PublicationDeadline {
  dueOn: IsoDate;
  isLate: boolean;
  /** A year in the count has no holiday notice loaded: the due date may still move. */
  provisional: boolean;
  explanation: string;
}

/**
 * When the item had to be published, and whether it was: 20 working days after the day the information
 * was formed or changed (that day not counted), late when published after the due date.
 * Basis: 政府信息公开条例 第二十六条; counting: docs/decisions/0002 (working days).
 */
export function publicationDeadline(
  cal: WorkCalendar,
  item: { formedOn: IsoDate; publishedOn: IsoDate },
): PublicationDeadline {
  const due = computeDue(cal, {
    from: item.formedOn,
    amount: PROACTIVE_DEADLINE_WORKING_DAYS,
    unit: 'working_days',
    startPhrase: '信息形成或者变更',
    basis: '《政府信息公开条例》第二十六条',
  });
  const isLate = item.publishedOn > due.dueOn;
  const verdict = isLate
    ? `${item.publishedOn}公开，逾期（应于${due.dueOn}前公开）`
    : `${item.publishedOn}公开，在期限内`;
  return {
    dueOn: due.dueOn,
    isLate,
    provisional: due.provisional,
    explanation: `应公开日期 ${due.explanation}。${verdict}`,
  };
}

export interface EntryFacts {
  category: ProactiveCategory;
  table2Kind: Table2Kind | null | undefined;
  formedOn: IsoDate;
  publishedOn: IsoDate;
  channels: readonly PublicationChannel[];
}

export type EntryField = 'category' | 'table2Kind' | 'formedOn' | 'publishedOn' | 'channels';

/**
 * What is wrong with an entry's facts (empty when none): publication before formation, a date in the
 * future, a table 二 kind outside the item's category (规章 belongs to 第二十条第（一）项 …).
 */
export function entryProblems(facts: EntryFacts, today: IsoDate): { field: EntryField; message: string }[] {
  const problems: { field: EntryField; message: string }[] = [];
  if (facts.publishedOn < facts.formedOn) {
    problems.push({ field: 'publishedOn', message: '公开日期不能早于信息形成或变更日期' });
  }
  if (facts.formedOn > today)
    problems.push({ field: 'formedOn', message: `形成日期不能晚于今天（${today}）` });
  if (facts.publishedOn > today)
    problems.push({ field: 'publishedOn', message: `公开日期不能晚于今天（${today}）` });
  if (facts.table2Kind && categoryOfTable2Kind(facts.table2Kind) !== facts.category) {
    const expected = PROACTIVE_CATEGORY_LABELS[categoryOfTable2Kind(facts.table2Kind)];
    problems.push({
      field: 'table2Kind',
      message: `“${TABLE2_KIND_LABELS[facts.table2Kind]}”属于“${expected}”类，与所选信息类别不一致`,
    });
  }
  if (new Set(facts.channels).size !== facts.channels.length) {
    problems.push({ field: 'channels', message: '公开方式有重复' });
  }
  return problems;
}

/** An item is in the portal's catalogue when 政府网站 is among its channels (条例 第二十三条、第二十四条). */
export function isOnPortal(channels: readonly PublicationChannel[]): boolean {
  return channels.includes('portal');
}

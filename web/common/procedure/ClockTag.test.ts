import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n.js';
import '../messages.js';
import { ClockTag } from './ClockTag.js';

// The provider sets <html lang>; a server render has no document, so it gets a stand-in.
Object.assign(globalThis, { document: { documentElement: {} } });

const html = (props: Parameters<typeof ClockTag>[0]) =>
  renderToStaticMarkup(createElement(I18nProvider, null, createElement(ClockTag, props)));

describe('ClockTag', () => {
  it('colours a running clock and ties the explanation to the tag for screen readers', () => {
    const out = html({
      urgency: 'due_today',
      status: 'running',
      dueOn: '2026-12-08',
      explanation: '自收到申请之日起20个工作日',
    });
    expect(out).toContain('2026-12-08 · 即将到期');
    expect(out).toContain('ant-tag-orange');
    const id = /aria-describedby="([^"]+)"/.exec(out)?.[1];
    expect(id).toBeTruthy();
    expect(out).toContain(`id="${id}" hidden="">自收到申请之日起20个工作日</span>`);
  });

  it('greys a halted clock with its state', () => {
    expect(html({ urgency: 'paused', status: 'paused', dueOn: null })).toContain('暂停计算');
    expect(html({ urgency: 'stopped', status: 'stopped', dueOn: '2026-12-08' })).toContain(
      '2026-12-08 · 停止计算',
    );
    expect(html({ urgency: 'done', status: 'done', dueOn: null })).not.toContain('aria-describedby');
  });
});

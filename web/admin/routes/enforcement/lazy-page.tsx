import { Spin } from 'antd';
import { type ComponentType, Suspense } from 'react';

/** A lazily loaded page with the shell's loading spinner. */
export function page(Page: ComponentType) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}

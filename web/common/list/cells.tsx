import { Typography } from 'antd';

/** A long legal text (basis, scope, standard) in two lines of a table cell, the whole on hover. */
export const clampedCell = (v: string) => (
  <Typography.Paragraph ellipsis={{ rows: 2, tooltip: true }} style={{ margin: 0 }}>
    {v}
  </Typography.Paragraph>
);

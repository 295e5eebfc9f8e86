/** Tag colours of the stages. */
export const STATE_COLOR: Record<string, string> = {
  drafting: 'default',
  commenting: 'blue',
  consulted: 'cyan',
  reviewing: 'orange',
  decided: 'purple',
  published: 'green',
  suspended: 'red',
  abandoned: 'default',
};

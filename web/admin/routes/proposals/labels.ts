/** The states' colours in lists and headers. */
export const STATE_COLOR: Record<string, string> = {
  registered: 'default',
  handling: 'blue',
  returned: 'orange',
  answered: 'gold',
  closed: 'green',
};

/**
 * Every audit action a manifest declares. Each module adds its own actions to this interface by declaration
 * merging from the `auditActions` list of its manifest, so `recordAudit` accepts exactly the declared
 * actions at compile time; `registerAuditActions` holds the same list at run time.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in each manifest
export interface DeclaredAuditActions {}

/** `<module>.<entity>.<past tense>`, declared in a manifest. */
export type AuditAction = Extract<keyof DeclaredAuditActions, string>;

/** The actions a manifest lists, as the keys its declaration merging adds. */
export type AuditActionsOf<L extends readonly string[]> = Record<L[number], true>;

const declared = new Map<string, string>();
const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){2}$/;

/** Registers a manifest's audit actions (kernel boot only); an action declared by two owners stops the boot. */
export function registerAuditActions(owner: string, actions: readonly string[]): void {
  for (const action of actions) {
    if (!ACTION.test(action))
      throw new Error(`Audit action "${action}" (${owner}): use <module>.<entity>.<past tense>`);
    const existing = declared.get(action);
    if (existing && existing !== owner)
      throw new Error(`Audit action ${action} is declared by ${existing} and ${owner}`);
    declared.set(action, owner);
  }
}

export function isDeclaredAuditAction(action: string): action is AuditAction {
  return declared.has(action);
}

/** An action no manifest declares is a programming error: the write fails rather than record it. */
export function assertDeclaredAuditAction(action: string): asserts action is AuditAction {
  if (!declared.has(action)) {
    throw new Error(`Audit action ${action} is written but not declared in any module's auditActions`);
  }
}

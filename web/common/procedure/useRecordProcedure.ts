import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import type { ProcedureAction } from '../components/ActionButtons.js';
import { useSaveErrorHandler } from '../version-conflict.js';

/** A record with a procedure: the next steps the server offers and the version the client last saw. */
export interface ProcedureRecord {
  actions: ProcedureAction[];
  version?: number;
}

export interface RecordProcedureOptions<R extends ProcedureRecord> {
  /** The record's query key (the page reads and replaces it). */
  queryKey: QueryKey;
  get: () => Promise<R>;
  /** Takes a step; `version` is the record's as last read (optimistic concurrency, decision 0022). */
  transition: (step: string, body: Record<string, unknown>, version: number | undefined) => Promise<R>;
  /** The lists the step may change (refetched after it). */
  invalidates: QueryKey[];
  /** The toast after a step, given the step's label. */
  doneMessage: (label: string) => string;
}

/**
 * The state every procedure detail page shares: the record, the step being filled in (the transition dialog's
 * `pending`), and the mutation that takes it — a conflict with someone else's change reloads the record.
 */
export function useRecordProcedure<R extends ProcedureRecord>(options: RecordProcedureOptions<R>) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const saveFailed = useSaveErrorHandler();
  const [pending, setPending] = useState<ProcedureAction | null>(null);
  const detail = useQuery({ queryKey: options.queryKey, queryFn: options.get });
  const replace = (record: R) => {
    queryClient.setQueryData(options.queryKey, record);
    for (const queryKey of options.invalidates) void queryClient.invalidateQueries({ queryKey });
  };
  const fire = useMutation({
    mutationFn: ({ key, body }: { key: string; body: Record<string, unknown> }) =>
      options.transition(key, body, detail.data?.version),
    onSuccess: (record, { key }) => {
      replace(record);
      message.success(options.doneMessage(pending?.label ?? key));
      setPending(null);
    },
    onError: (e) => saveFailed(e, () => detail.refetch()),
  });
  /** Opens the dialog of the step the user chose (an action the record no longer offers is ignored). */
  const choose = (key: string) => {
    const action = detail.data?.actions.find((a) => a.key === key);
    if (!action) return;
    fire.reset();
    setPending(action);
  };
  return { detail, pending, choose, cancel: () => setPending(null), fire, replace };
}

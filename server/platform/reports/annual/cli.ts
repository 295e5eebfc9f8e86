import type { Command } from 'commander';
import { AppError } from '../../errors.js';

/** `fazhi report …`: the parent command, shared with the modules' reports (disclosure-table3). */
export function reportCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'report') ??
    program.command('report').description('生成报告 / reports')
  );
}

/** Prints a refusal (the message and its fields) and sets the exit code; rethrows anything else. */
export function reportCliFailure(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  console.error(`错误：${error.message}`);
  for (const f of error.fields ?? []) console.error(`  - ${f.path}：${f.message}`);
  process.exitCode = 1;
}

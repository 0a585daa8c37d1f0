/**
 * The editor commands' shared command line: `--help` prints usage and examples (exit 0); an unknown flag, a
 * missing or bad value prints one line naming it, then the usage (exit 2). A user's mistake never shows a stack.
 */
import { parseArgs } from 'node:util';

/** One flag: its kind, the placeholder shown in the usage and what it does. */
interface Flag {
  type: 'string' | 'boolean';
  value?: string;
  description: string;
}

/** A command as editors call it: its npm script, what it does, its flags and worked examples. */
export interface Command<F extends Record<string, Flag>> {
  name: string;
  summary: string;
  flags: F;
  examples: readonly string[];
}

type Values<F extends Record<string, Flag>> = { [K in keyof F]?: F[K]['type'] extends 'boolean' ? boolean : string };

/** The usage line: `npm run new:event -- [--date YYYY-MM-DD] …`. */
export function usage(command: Command<Record<string, Flag>>): string {
  const flags = Object.entries(command.flags).map(([name, f]) => `[--${name}${f.value ? ` ${f.value}` : ''}]`);
  return `Usage: npm run ${command.name}${flags.length ? ` -- ${flags.join(' ')}` : ''}`;
}

/** Parses the command line, or prints help (exit 0) or a usage error (exit 2) and ends the process. */
export function parseCommand<F extends Record<string, Flag>>(command: Command<F>, args = process.argv.slice(2)) {
  const options = Object.fromEntries(Object.entries(command.flags).map(([name, { type }]) => [name, { type }]));
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (error) {
    return usageError(command, explain(error));
  }
  if (values.help) {
    console.log(help(command));
    process.exit(0);
  }
  return values as Values<F>;
}

/** Ends the command for a bad value: one line naming it, then the usage (exit 2). */
export function usageError(command: Command<Record<string, Flag>>, message: string): never {
  console.error(`✖ ${message}\n${usage(command)}\n(npm run ${command.name} -- --help shows examples)`);
  process.exit(2);
}

function help(command: Command<Record<string, Flag>>): string {
  const width = Math.max(6, ...Object.entries(command.flags).map(([n, f]) => n.length + (f.value?.length ?? -1) + 1));
  const line = (name: string, text: string) => `  ${name.padEnd(width + 4)}${text}`;
  const flags = Object.entries(command.flags).map(([n, f]) =>
    line(`--${n}${f.value ? ` ${f.value}` : ''}`, f.description),
  );
  return [
    `${command.summary}\n`,
    usage(command),
    '\nOptions:',
    ...flags,
    line('--help', 'show this help'),
    '\nExamples:',
    ...command.examples.map((e) => `  ${e}`),
  ].join('\n');
}

/** Node's parseArgs errors, as one line for an editor. */
function explain(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const flag = /'(?:-\w, )?(-[^' ]+)/.exec(message)?.[1];
  const positional = /'([^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument "${positional}"`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return message.includes('argument missing') ? `${flag} needs a value` : `${flag} takes no value`;
  throw error;
}

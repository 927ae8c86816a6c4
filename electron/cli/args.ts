import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Wrong usage: printed with the command's help, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses argv for one command; unknown flags and missing values are usage errors. Ids are
 * random base64url and may start with `-`: a word with one leading dash that is no option of
 * the command fills the next positional slot, so a printed id can be pasted as it is (and
 * `--` ends the options, as usual).
 */
export function parseCommand<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({
      args: optionsFirst(argv, options),
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function requireString(value: unknown, flag: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${flag} is required`);
  return value;
}

/** argv with the options first and every positional after a `--`, in their original order. */
function optionsFirst(argv: string[], options: Options): string[] {
  const flags: string[] = [];
  const positionals: string[] = [];
  // An option's value is the next word unless that is another long option (a missing value).
  const takesValue = (name: string | undefined, i: number) =>
    name !== undefined &&
    options[name]?.type === 'string' &&
    i + 1 < argv.length &&
    !argv[i + 1]!.startsWith('--');
  const shortNames = new Map(
    Object.entries(options).flatMap(([name, spec]) => (spec.short ? [[spec.short, name]] : [])),
  );
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      // Unknown long options stay options: parseArgs reports them.
      // `--name=value`: a value may start with a dash too (an id, a title).
      if (!arg.includes('=') && takesValue(arg.slice(2), i))
        flags.push(`${arg}=${argv[(i += 1)]!}`);
      else flags.push(arg);
    } else if (arg === '-h' || (arg.length === 2 && shortNames.has(arg[1]!))) {
      const name = shortNames.get(arg[1]!);
      if (takesValue(name, i)) flags.push(`--${name}=${argv[(i += 1)]!}`);
      else flags.push(arg);
    } else {
      positionals.push(arg);
    }
  }
  return [...flags, '--', ...positionals];
}

/**
 * Compile-time link between error details and error messages: every `{placeholder}` in an
 * `error.<CODE>` message must be a key of that code's details (shared/errors.ts
 * `KnownErrorDetails`), or the message would show a literal `{neededGb}` to the user.
 * INTERNAL is the exception: its `{message}` is the error's own English text.
 */
import type { ErrorCode, KnownErrorDetails } from '../../../electron/shared/errors';

/** The argument names in a message: `{path}`, and `count` of `{count, plural, ...}`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Body}}${infer Rest}`
  ? PlaceholderName<Body> | Placeholders<Rest>
  : never;

// A plural's branches (`one {# file}`) are text, not arguments: they hold spaces or `#`.
type PlaceholderName<Body extends string> = Body extends `${infer Name},${string}`
  ? Name
  : Body extends `${string} ${string}` | `${string}#${string}`
    ? never
    : Body;

type DetailNames<C extends ErrorCode> = C extends 'INTERNAL'
  ? 'message'
  : C extends keyof KnownErrorDetails
    ? keyof KnownErrorDetails[C] & string
    : never;

/** `error.<CODE>: {name}` for each placeholder of `table` that its code's details lack. */
export type UnfilledErrorPlaceholders<
  Table extends { readonly [K in `error.${ErrorCode}`]: string },
> = {
  // A template over `never` is `never`: codes whose placeholders are all filled drop out.
  [C in ErrorCode]: `error.${C}: {${Exclude<Placeholders<Table[`error.${C}`]>, DetailNames<C>>}}`;
}[ErrorCode];

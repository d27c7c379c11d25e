// How the generated validators (`<package>/zod`) are typed. At run time they are zod 4
// schemas. Their declarations say `TypedValidator<T>`, which is `BasicValidator<T>` unless
// the user opts in to zod's typing (the package's root `zod-types.d.ts` adds a `zod`
// member to `ValidatorTypes`). So a user who only calls the API never makes tsc load
// zod's many declaration files; a user who composes the validators with zod (and loads
// zod's declarations in their own code anyway) gets `z.ZodType<T, T>` with one line.
import type { ValidationIssue } from "./endpoint.js";

/**
 * Standard Schema v1 (https://standardschema.dev), declared here rather than imported:
 * zod 4 implements it, so libraries that accept Standard Schema (tRPC, TanStack Form,
 * react-hook-form's standardSchemaResolver, Hono, ...) take the validators as they are.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown, options?: Options | undefined) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface Options {
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];
  type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}

/**
 * A validator of `T` as typed without zod's declarations: a subset of `z.ZodType<T, T>`,
 * so code written against it still compiles after the zod opt-in. Input and output are
 * both `T`: the validators transform nothing, so what they accept is a `T`, and libraries
 * that infer a procedure's or a form's input from a Standard Schema (tRPC, TanStack Form,
 * ...) type it as `T` rather than `unknown`.
 */
export interface BasicValidator<T> extends StandardSchemaV1<T, T> {
  /** The value when it is valid; throws (a ZodError) when it is not. */
  parse(data: unknown): T;
  /** The value or the issues, never throws (zod's result has this shape). */
  safeParse(
    data: unknown,
  ):
    | { readonly success: true; readonly data: T; readonly error?: undefined }
    | { readonly success: false; readonly data?: undefined; readonly error: { readonly issues: readonly ValidationIssue[] } };
}

/**
 * The registry of validator typings, augmented by `<package>/zod-types` with
 * `zod: z.ZodType<T, T>`. An augmentation must name its type parameter `T` too.
 */
export interface ValidatorTypes<T> {}

/** How a generated validator of `T` is declared: zod's type when opted in, else {@link BasicValidator}. */
export type TypedValidator<T> = ValidatorTypes<T> extends { readonly zod: infer Z } ? Z : BasicValidator<T>;

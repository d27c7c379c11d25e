// Which way data flows through a schema: what a caller sends, or what it receives.
export type Side = "request" | "response";

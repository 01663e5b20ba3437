/** The package version, replaced at bundle time; the source reads it for tests. */
declare const DUTY_VERSION: string | undefined;

export const VERSION: string = typeof DUTY_VERSION === "string" ? DUTY_VERSION : "0.0.0-dev";

/** The slice of a pino logger the LLM engine uses; a pino `Logger` satisfies it. */
export interface LlmLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export const silentLogger: LlmLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

// The library's only way to report diagnostics. Components never call `console` directly, because a
// dealer's intranet page must stay quiet unless its developer turns output on.

/** Severity of a log record, from least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Receives every record at or above the configured level. */
export type LogSink = (level: LogLevel, message: string, details: readonly unknown[]) => void;

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

// One configuration per page, on globalThis under a registry symbol, so that two bundles of the
// library on one page share the host's choice.
const SLOT = Symbol.for('aftersales-widgets.logger.v1');
interface LoggerSlot {
  sink: LogSink | null;
  level: LogLevel;
}
type SlotHolder = { [SLOT]?: LoggerSlot };

function slot(): LoggerSlot {
  const holder = globalThis as SlotHolder;
  holder[SLOT] ??= { sink: null, level: 'warn' };
  return holder[SLOT];
}

/** Writes records to the browser console; what `enableLogging()` installs by default. */
export const consoleSink: LogSink = (level, message, details) => {
  // The single place where the library touches the console, and only after the host opted in.
  // eslint-disable-next-line no-console
  console[level](`[aftersales-widgets] ${message}`, ...details);
};

/**
 * Turns logging on: records at `level` or above go to `sink` (the console by default).
 * The library is silent until a host calls this.
 */
export function enableLogging(level: LogLevel = 'warn', sink: LogSink = consoleSink): void {
  const current = slot();
  current.sink = sink;
  current.level = level;
}

/** Turns logging off again. */
export function disableLogging(): void {
  slot().sink = null;
}

function write(level: LogLevel, message: string, details: readonly unknown[]): void {
  const { sink, level: threshold } = slot();
  if (!sink || LEVELS.indexOf(level) < LEVELS.indexOf(threshold)) return;
  try {
    sink(level, message, details);
  } catch {
    // A failing host sink must not break a widget.
  }
}

/** The library's logger. Every call is a no-op until the host calls `enableLogging()`. */
export const logger = {
  debug: (message: string, ...details: unknown[]) => write('debug', message, details),
  info: (message: string, ...details: unknown[]) => write('info', message, details),
  warn: (message: string, ...details: unknown[]) => write('warn', message, details),
  error: (message: string, ...details: unknown[]) => write('error', message, details),
};

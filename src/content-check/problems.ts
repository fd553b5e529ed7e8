/** A problem found in content, and how it is reported: "file:line:col: field: message". */

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
}

export interface Problem {
  /** Path relative to the project root, with "/" separators. */
  file: string;
  at?: Position;
  /** Dotted path of the field ("keyPoints.2.cite.0"), when the problem is in one. */
  field?: string;
  /** What is wrong, and how to fix it. */
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.at ? `:${p.at.line}:${p.at.col}` : '';
  return `${p.file}${where}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

/** One line per problem. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

export class ContentCheckError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const n = problems.length;
    super(`${n} content problem${n === 1 ? '' : 's'} found:\n${formatProblems(problems)}`);
    this.name = 'ContentCheckError';
    this.problems = problems;
  }
}

// The few web-platform globals shared/ may use: every runtime Redaksi runs in (Node, Chromium,
// Electron) has them. Declared here because shared/ compiles without DOM or Node typings.
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly username: string;
  readonly password: string;
  readonly searchParams: { get(name: string): string | null };
}
declare class URLSearchParams {
  constructor();
  set(name: string, value: string): void;
  toString(): string;
}
declare function btoa(data: string): string;
declare function atob(data: string): string;

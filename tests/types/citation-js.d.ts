/** The little of citation-js the citation export tests use (the package ships no types). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { format: 'text'; template: string }): string;
  }
  export const plugins: {
    input: { chain(data: unknown, options: { target: '@csl/list+object' }): unknown[] };
  };
}

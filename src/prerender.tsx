/**
 * The server-side entry of the build-time prerender (scripts/prerender.ts): renders one route of the
 * real app, with its data already in the query cache, to static HTML. Not part of the browser bundle.
 * The browser later renders the same page over it (src/boot.tsx), so it has to be the same markup the
 * app's first render produces for a reader with default settings.
 */
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { AppProvider } from './app/provider';
import { AppRoutes } from './app/router';
import { issueIndexSchema, type IssueIndex } from './data/schema';
import { describeSchemaError } from './data/describe-schema-error';
import { issueIndexQueryOptions } from './features/issues/api/get-issue-index';
import { issueQueryOptions } from './features/issues/api/get-issue';
import { parseIssue, type LoadedIssue } from './features/issues/parse-issue';
import { createQueryClient } from './app/query-client';
import { DocumentTitleSink, SITE_NAME } from './hooks/use-document-title';

export interface PrerenderData {
  index: IssueIndex;
  issues: LoadedIssue[];
}

/** index.json, validated exactly as the app does, or an error saying what is wrong with it. */
export function parseIndex(index: unknown): IssueIndex {
  const parsedIndex = issueIndexSchema.safeParse(index);
  if (!parsedIndex.success) {
    throw new Error(`index.json: ${describeSchemaError(parsedIndex.error)}`);
  }
  return parsedIndex.data;
}

/** One issue file, validated exactly as the app does, or an error saying what is wrong with it. */
export function parseIssueFile(body: unknown): LoadedIssue {
  const result = parseIssue(body);
  if (!result.ok) throw new Error(result.problem);
  return result.issue;
}

export interface RenderedPage {
  /** The markup of #root. */
  html: string;
  /** The document title the page sets. */
  title: string;
  /** Errors React reported while rendering (each marks a part left to the browser to render). */
  errors: string[];
}

/**
 * Renders `location` (a full path, including the base) once every lazy part has loaded. `basename` is
 * the router's basename: the base without its trailing slash.
 */
export async function renderPage(
  location: string,
  data: PrerenderData,
  basename = '/',
): Promise<RenderedPage> {
  const queryClient = seededQueryClient(data);
  let title = SITE_NAME;
  const recordTitle = (pageTitle: string) => {
    title = pageTitle;
  };
  const errors: string[] = [];
  const { prelude } = await prerender(
    <DocumentTitleSink value={recordTitle}>
      <AppProvider queryClient={queryClient}>
        <StaticRouter basename={basename} location={location}>
          <AppRoutes />
        </StaticRouter>
      </AppProvider>
    </DocumentTitleSink>,
    {
      // Never outline a large Suspense boundary into a hidden <div> plus an inline script that moves it
      // into place: the page must read without JavaScript, and the CSP forbids inline scripts anyway.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      onError: (error) => void errors.push(error instanceof Error ? error.message : String(error)),
    },
  );
  queryClient.clear();
  return { html: await readAll(prelude), title, errors };
}

function seededQueryClient(data: PrerenderData): QueryClient {
  const queryClient = createQueryClient();
  queryClient.setQueryData(issueIndexQueryOptions().queryKey, data.index);
  for (const issue of data.issues) {
    queryClient.setQueryData(issueQueryOptions(issue.id).queryKey, issue);
  }
  return queryClient;
}

/** The whole stream as text (a UTF-8 character may straddle two chunks, hence the streaming decoder). */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

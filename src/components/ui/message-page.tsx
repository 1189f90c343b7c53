import type { ReactNode } from 'react';

/** A calm full-page message (not found, empty archive) with ways out. */
export function MessagePage({
  title,
  body,
  children,
}: {
  title: string;
  body: string;
  children?: ReactNode;
}) {
  return (
    <section className="message-page">
      <h1>{title}</h1>
      <p>{body}</p>
      {children && <p className="message-page__links">{children}</p>}
    </section>
  );
}

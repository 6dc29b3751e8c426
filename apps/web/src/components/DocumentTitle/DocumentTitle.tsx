/** React 19 hoists <title> into <head>; every page names itself (WCAG 2.4.2). */
export function DocumentTitle({ title }: { title: string }) {
  return <title>{`${title} · Skranke`}</title>;
}

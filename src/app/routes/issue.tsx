export default function IssueRoute() {
  return <h1>issue</h1>;
}

export default function ArchiveRoute() {
  return <h1>archive</h1>;
}

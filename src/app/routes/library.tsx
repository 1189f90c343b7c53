export default function LibraryRoute() {
  return <h1>library</h1>;
}

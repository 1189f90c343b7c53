export default function PaperRoute() {
  return <h1>paper</h1>;
}

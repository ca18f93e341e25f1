/** What a page shows while its code arrives (on a 3G phone, a second or more). */
export function PageLoading() {
  return <p role="status">正在加载…</p>;
}

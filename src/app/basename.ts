/** The router's basename: Vite's base (BASE_PATH at build time) without its trailing slash. */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

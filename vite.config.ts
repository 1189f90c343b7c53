import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// BASE_PATH lets the app live under a sub-path on a static host, e.g. BASE_PATH=/digest/ npm run build.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
});

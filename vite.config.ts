import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One port for dev, preview and Playwright, so links and tests agree. CG_PORT moves all
// three together, so two checkouts (or two test runs) can work side by side.
export const PORT = Number(process.env.CG_PORT ?? 5180);

export default defineConfig({
  plugins: [react()],
  server: { port: PORT, strictPort: true, host: '127.0.0.1' },
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: true },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One port for dev, preview and Playwright, so links and tests agree.
export const PORT = 5180;

export default defineConfig({
  plugins: [react()],
  server: { port: PORT, strictPort: true, host: '127.0.0.1' },
  preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: true },
});

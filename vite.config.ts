import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer build, served by Electron (parallax://app/) and by browser mode alike.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
});

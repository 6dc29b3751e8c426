// The first module main.tsx imports, so it runs before the rest of the bundle is evaluated (see early-refresh.ts).
import { startEarlyRefresh } from './auth/early-refresh.ts';

startEarlyRefresh(window.location.pathname);

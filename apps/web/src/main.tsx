import '@mantine/core/styles.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './App.tsx';
import { AuthSession } from './auth/session.ts';
import { createAppRouter } from './router.tsx';

const queryClient = createQueryClient();
const auth = new AuthSession();
const router = createAppRouter({ queryClient, auth });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App router={router} queryClient={queryClient} />
  </StrictMode>,
);

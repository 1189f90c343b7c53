import { RouterProvider, createBrowserRouter } from 'react-router-dom';
import { AppProvider } from './provider';
import { routes } from './router';

// import.meta.env.BASE_URL ends with '/'; the router wants the base without it.
const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
const router = createBrowserRouter(routes, { basename });

export function App() {
  return (
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  );
}

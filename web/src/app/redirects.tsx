import { useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { rememberReturnTo, takeReturnTo } from './return-to';

/** Sends a signed-out visitor to a sign-in step, remembering where they wanted to go. */
export function RedirectToSignIn({ to }: { to: string }) {
  const location = useLocation();
  rememberReturnTo(location.pathname + location.search);
  return <Navigate to={to} replace />;
}

/** After signing in, opens the page asked for before, or home. */
export function RedirectAfterSignIn() {
  const [target] = useState(takeReturnTo);
  return <Navigate to={target} replace />;
}

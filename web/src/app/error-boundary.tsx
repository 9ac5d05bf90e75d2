import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '../ui';

function CrashMessage() {
  const { t } = useTranslation();
  return (
    <div className="container crash">
      <Alert tone="danger" title={t('app.crashTitle')}>
        {t('app.crash')}
      </Alert>
      <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
    </div>
  );
}

/** Catches a rendering failure so the user sees a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { hasError: boolean }> {
  override state = { hasError: false };

  static getDerivedStateFromError(): { hasError: boolean } {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rendering failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.hasError ? <CrashMessage /> : this.props.children;
  }
}

import { Component, type ErrorInfo, type ReactNode } from "react";

interface ErrorBoundaryProps {
  children: ReactNode;
}

interface ErrorBoundaryState {
  hasError: boolean;
}

/**
 * Catches rendering errors so one broken page does not blank the whole app. The layout
 * keys it by path, so moving to another page clears the error.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { hasError: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { hasError: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // No personal data is rendered into errors; the stack helps developers only.
    console.error("页面渲染出错", error, info.componentStack);
  }

  override render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <section className="message-page" role="alert">
        <h1>页面出了点问题</h1>
        <p>很抱歉，这个页面暂时无法显示。请刷新页面再试；如果问题一直存在，请联系人社局管理员。</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            刷新页面
          </button>
          {/* A plain link: the router itself may be what failed. */}
          <a className="button button--secondary" href="/fairs">
            返回招聘会列表
          </a>
        </div>
      </section>
    );
  }
}

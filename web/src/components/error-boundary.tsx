import { Component, type ErrorInfo, type ReactNode } from "react";

interface ErrorBoundaryProps {
  fallback: (error: unknown, reset: () => void) => ReactNode;
  children: ReactNode;
  /** When any of these change, a shown error is cleared (e.g. on navigation). */
  resetKeys?: readonly unknown[];
}

interface ErrorBoundaryState {
  error: unknown;
  keys: readonly unknown[];
}

/** Catches render errors (and failed lazy chunks) so one broken panel does not blank the page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, keys: this.props.resetKeys ?? [] };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error("Unknown error") };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState) {
    const keys = props.resetKeys ?? [];
    const changed =
      keys.length !== state.keys.length || keys.some((key, index) => !Object.is(key, state.keys[index]));
    return changed ? { error: null, keys } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  reset = () => this.setState({ error: null });

  override render() {
    return this.state.error ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}

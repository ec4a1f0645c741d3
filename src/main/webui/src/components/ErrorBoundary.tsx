import { Component, type ReactNode } from 'react';

/** A view that fails to render says so, and the rest of the app (the navigation) keeps working. */
export class ErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section role="alert" className="error">
        <h1 tabIndex={-1}>This view failed</h1>
        <p>{this.state.error.message}</p>
        <p>Try another page from the navigation above, or reload.</p>
      </section>
    );
  }
}

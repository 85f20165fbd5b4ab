export function EmptyState() {
  return (
    <section className="empty" data-testid="empty-state">
      <h2>Nothing to answer yet</h2>
      <p>Truth Serum listens where you sell and shows honest answers here when a customer brushes you off.</p>
      <ul>
        <li>Open a conversation in <strong>Gmail</strong>, or start a reply.</li>
        <li>In <strong>Google Meet</strong>, <strong>Zoom</strong> or <strong>Teams</strong> on the web, turn captions on.</li>
      </ul>
      <p className="privacy">Everything stays in this browser. Nothing is sent anywhere.</p>
    </section>
  );
}

// The review's heading, and the page as it stands while its code and the log are read: the same
// heading in the same place, with boxes where the tools, a chart and the list will be, and room
// below for all of them, so the page grows into it instead of pushing anything down. Kept out of
// the review's lazy chunk so it is there from the first paint.
export function ReviewHead() {
  return (
    <>
      <h1>Review</h1>
      <p className="lead">
        Every session is saved on this device only. Read how distress rose and fell within each
        session and across the weeks, and export the log to keep it or share it with a therapist.
      </p>
    </>
  );
}

export function ReviewSkeleton() {
  return (
    <section className="review" data-ready="false" aria-busy="true">
      <ReviewHead />
      <p className="visually-hidden">Reading your log…</p>
      <div className="review-skeleton" aria-hidden="true">
        <div className="skeleton skeleton-tools" />
        <div className="skeleton skeleton-chart" />
        <div className="skeleton skeleton-list" />
      </div>
    </section>
  );
}

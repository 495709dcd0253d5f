/** Review has no data to show until sessions are logged; it says so rather than show examples. */
export default function ReviewPage() {
  return (
    <section>
      <h1>Review</h1>
      <p className="lead">
        This page will show how your distress rises and falls, session by session.
      </p>
      <p>Once sessions are logged on this device, you will find here:</p>
      <ul>
        <li>
          each session's distress ratings (SUDS, 0–100) over time, with the level you were at;
        </li>
        <li>
          your progress across weeks: peak and end distress per session, and how high you climbed;
        </li>
        <li>
          an export of everything as JSON or CSV to keep or share with a therapist, and an import.
        </li>
      </ul>
      <p>
        Nothing has been logged yet: session logging is not part of this version, so there is
        nothing to review.
      </p>
    </section>
  );
}

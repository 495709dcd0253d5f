/** What Foothold is and is not, when to ask a clinician first, and how to stop: the first-run text. */
export function SafetyInfo() {
  return (
    <>
      <h2>What this is</h2>
      <p>
        Foothold is a place to <strong>practise</strong> facing a fear of heights or of speaking to
        people, one small step at a time, and to rate how distressed you feel as you go. It is
        practice, <strong>not treatment</strong>, and it does not replace a therapist. If you work
        with one, you can do this together and show them your log.
      </p>
      <h2>It is not for a crisis</h2>
      <p>
        If you are in danger, thinking of harming yourself, or in a crisis, stop here and get help
        now: call your local emergency number (112 in Europe, 911 in North America, 999 in the UK,
        000 in Australia) or go to the nearest emergency department. Your doctor or local health
        service can tell you about crisis lines where you live.
      </p>
      <h2>Ask a clinician first if you have</h2>
      <ul>
        <li>epilepsy or seizures, or have had one</li>
        <li>migraine</li>
        <li>vestibular or balance problems (dizziness, vertigo)</li>
        <li>psychosis, now or in the past</li>
        <li>a serious eye condition</li>
      </ul>
      <p>
        Also take care if you are pregnant, have a heart condition, or feel unwell in a headset.
        Practise seated if you might lose your balance.
      </p>
      <h2>You can stop at any moment</h2>
      <ul>
        <li>
          <strong>On a screen:</strong> press <kbd>Esc</kbd>, or the Stop button.
        </li>
        <li>
          <strong>In a headset:</strong> hold <strong>B</strong> or <strong>Y</strong> on a
          controller for half a second, pinch with both hands at once, or point at Stop on the
          panel. You can also simply take the headset off: the session pauses.
        </li>
      </ul>
      <p>Stopping takes you to a calm shore within a second. Stopping early is always fine.</p>
      <h2>Your data stays here</h2>
      <p>
        Everything you enter stays on this device, in this browser. There is no account, and nothing
        is sent anywhere. You can export your log to keep a copy or share it yourself, and delete it
        at any time.
      </p>
    </>
  );
}

/** A link to an iCalendar file the browser downloads with the session cookie (a plain GET). */
export function CalendarLink({ path, label }: { path: string; label: string }) {
  return (
    <a href={path} download>
      {label}
    </a>
  );
}

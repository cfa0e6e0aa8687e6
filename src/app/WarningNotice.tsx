export interface WarningNoticeProps {
  text: string;
  actionLabel: string;
  onAction: () => void;
  /** Where the notice sits: «page-notice», «page-section». */
  className: string;
  role: 'status' | 'alert';
}

/** A warning with the one thing the visitor can do about it. */
export function WarningNotice(props: WarningNoticeProps) {
  return (
    <div
      className={`notice notice--warning ${props.className}`}
      role={props.role}
    >
      <p>{props.text}</p>
      <button
        type="button"
        className="button button--quiet"
        onClick={props.onAction}
      >
        {props.actionLabel}
      </button>
    </div>
  );
}

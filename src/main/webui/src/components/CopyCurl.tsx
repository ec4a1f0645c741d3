import { useEffect, useId, useRef, useState } from 'react';

/**
 * "Copy as curl": copies the command with navigator.clipboard, and shows it in a text area to copy by
 * hand where the clipboard cannot be used (plain http on another host, a refused permission).
 */
export function CopyCurl({ command }: { command: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (status === 'manual') area.current?.focus();
  }, [status]);
  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(command);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };
  return (
    <div className="copy-curl">
      <button type="button" onClick={copy}>
        Copy as curl
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' ? 'Copied to the clipboard.' : status === 'manual' ? 'The clipboard is not available here: copy the command below.' : ''}
      </span>
      {status === 'manual' && (
        <div className="field">
          <label htmlFor={id}>curl command</label>
          <textarea
            id={id}
            readOnly
            value={command}
            rows={5}
            onFocus={(e) => e.currentTarget.select()}
            ref={area}
          />
        </div>
      )}
    </div>
  );
}

import { useState } from 'react';

/** Inline editor for a row note: Ctrl/Cmd+Enter saves, Escape cancels; saving empty text deletes the note. */
export function NoteEditor({ initial, onSave, onCancel }: { initial: string; onSave: (text: string) => void; onCancel: () => void }) {
  const [text, setText] = useState(initial);
  return (
    <form
      className="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text);
      }}
    >
      <label className="sr-only" htmlFor="row-note-text">
        Note on this row
      </label>
      <textarea
        id="row-note-text"
        autoFocus
        rows={2}
        value={text}
        placeholder="What to check, what this row shows…"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave(text);
        }}
      />
      <div className="button-row">
        <button type="submit" className="primary small">Save note</button>
        {initial && (
          <button type="button" className="small" onClick={() => onSave('')}>
            Delete note
          </button>
        )}
        <button type="button" className="small" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

import { DataControls } from './DataControls';
import { PackTransfer } from './PackTransfer';
import { ResponsesEditor } from './ResponsesEditor';
import { SettingsForm } from './SettingsForm';
import { TestBench } from './TestBench';
import { TriggerList } from './TriggerList';
import { useOptionsData } from './useOptionsData';

export function OptionsApp() {
  const data = useOptionsData();
  return (
    <main className="options">
      <header>
        <h1>Truth Serum options</h1>
        <nav aria-label="Sections">
          <a href="#triggers-title">Triggers</a> · <a href="#bench-title">Test bench</a> · <a href="#responses-title">Responses</a> · <a href="#settings-title">Settings</a> ·{' '}
          <a href="#share-title">Share</a> · <a href="#data-title">Your data</a>
        </nav>
      </header>
      {data.where === 'local' && (
        <p className="note" role="note" data-testid="storage-note">
          Your triggers have grown past what browser sync holds (8 KB), so they are kept in this browser only and will not follow you to other
          browsers. Export a pack to move them; delete a few to sync again.
        </p>
      )}
      {data.saveError && (
        <p className="field-error" role="alert">
          {data.saveError}
        </p>
      )}
      {data.team.pack && (
        <p className="note" role="note">
          Your team{data.team.pack.name ? ` (${data.team.pack.name})` : ''} adds {data.team.pack.triggers.length} locked trigger{data.team.pack.triggers.length === 1 ? '' : 's'}.
        </p>
      )}
      {data.team.error && (
        <p className="field-error" role="alert">
          {data.team.error}
        </p>
      )}
      {data.loaded && (
        <>
          <TriggerList store={data.store} team={data.team} save={data.save} />
          <TestBench store={data.store} team={data.team.pack} />
          <ResponsesEditor store={data.store} team={data.team.pack} save={data.save} />
          <SettingsForm />
          <PackTransfer store={data.store} save={data.save} />
          <DataControls />
        </>
      )}
    </main>
  );
}

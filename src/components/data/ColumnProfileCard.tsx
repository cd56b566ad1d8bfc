// One column's profile: detected type, missing and distinct counts, range or top values, histogram.
// A column with missing values says how many and what share, in words.
import type { ColumnProfile } from '../../db/profileDataset';
import { useDatasetStore } from '../../state/datasetStore';
import { useReadingStore } from '../../state/readingStore';
import { missingValuesOf } from '../../state/readingChoices';
import { ColumnHistogram } from './ColumnHistogram';
import { ColumnReadingOptions } from './ColumnReadingOptions';
import { columnReading } from './columnReading';
import { formatNumber, formatPercent } from './formatNumber';

export function ColumnProfileCard({ profile }: { profile: ColumnProfile }) {
  const rows = useDatasetStore((s) => s.info?.rowCount ?? 0);
  const missingShare = rows > 0 ? profile.missing / rows : 0;
  const column = useDatasetStore((s) => s.info?.columns.find((c) => c.name === profile.name));
  const fileName = useDatasetStore((s) => s.info?.fileName ?? '');
  const delimited = useDatasetStore((s) => s.info?.format === undefined || s.info.format === 'csv');
  const choices = useReadingStore((s) => s.byFile[fileName]);
  const reading = columnReading(column, column && choices ? missingValuesOf(choices, column.name) : [], delimited);
  return (
    <article className="profile-card" aria-label={`Column ${profile.name}`}>
      <h3 title={profile.name}>{profile.name}</h3>
      <div className="kind">{profile.kind} · {profile.sqlType}</div>
      {reading ? <div className="muted reading">{reading}</div> : null}
      <dl>
        <dt>missing</dt>
        <dd>{profile.missing.toLocaleString('en')}{profile.missing > 0 ? ` (${formatPercent(missingShare)})` : ''}</dd>
        <dt>distinct</dt>
        <dd>{profile.distinct.toLocaleString('en')}</dd>
        {profile.kind === 'numeric' ? (
          <>
            <dt>min / mean / max</dt>
            <dd>{formatNumber(profile.min)} / {formatNumber(profile.mean)} / {formatNumber(profile.max)}</dd>
          </>
        ) : null}
      </dl>
      {column ? <ColumnReadingOptions column={column} /> : null}
      {profile.histogram && profile.histogram.counts.length > 0 ? <ColumnHistogram histogram={profile.histogram} label={profile.name} /> : null}
      {profile.topValues && profile.topValues.length > 0 ? (
        <dl>
          {profile.topValues.map((t) => (
            <div key={t.value} style={{ display: 'contents' }}>
              <dt title={t.value}>{t.value === '' ? '(empty)' : t.value}</dt>
              <dd>{t.count.toLocaleString('en')}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </article>
  );
}

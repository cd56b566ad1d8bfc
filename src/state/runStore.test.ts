// Tests how stored algorithm settings come back: today's defaults fill what an older version did not store.
import { describe, expect, it } from 'vitest';
import { completeSettings, defaultRunSettings, settingsWithChoice } from './runStore';
import type { AlgorithmSettings } from '../workers/algorithmChoice';

describe('completeSettings', () => {
  it('gives the defaults for nothing stored or a k-means-only choice from before the algorithm picker', () => {
    expect(completeSettings(undefined)).toEqual(defaultRunSettings);
    const legacy = { n_clusters: 5, n_init: 4 } as unknown as Partial<AlgorithmSettings>;
    expect(completeSettings(legacy)).toEqual(defaultRunSettings);
  });

  it('keeps every stored value and fills the parameters added since', () => {
    const stored = {
      algorithm: 'gmm', seed: 7,
      gmm: { n_components: 3, covariance_type: 'diag' },
      dbscan: { eps: 1.25 },
    } as unknown as Partial<AlgorithmSettings>;
    const settings = completeSettings(stored);
    expect(settings.algorithm).toBe('gmm');
    expect(settings.seed).toBe(7);
    expect(settings.gmm).toEqual({ ...defaultRunSettings.gmm, n_components: 3, covariance_type: 'diag' });
    expect(settings.dbscan).toEqual({ ...defaultRunSettings.dbscan, eps: 1.25 });
    expect(settings.kmeans).toEqual(defaultRunSettings.kmeans);
  });
});

describe('settingsWithChoice', () => {
  it('puts back a run’s algorithm, parameters and seed, and keeps what was typed for the other algorithms', () => {
    const typed: AlgorithmSettings = { ...defaultRunSettings, algorithm: 'dbscan', seed: 1, dbscan: { ...defaultRunSettings.dbscan, eps: 2.5 } };
    const params = { ...defaultRunSettings.gmm, n_components: 3, covariance_type: 'diag' as const };
    const settings = settingsWithChoice(typed, { algorithm: 'gmm', params }, 99);
    expect(settings.algorithm).toBe('gmm');
    expect(settings.seed).toBe(99);
    expect(settings.gmm).toEqual(params);
    expect(settings.dbscan.eps).toBe(2.5);
    expect(settings.kmeans).toEqual(defaultRunSettings.kmeans);
  });
});

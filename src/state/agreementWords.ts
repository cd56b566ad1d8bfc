// Plain words for the numbers the analyst compares: the adjusted Rand index between two runs.
// Thresholds follow common practice for ARI (1 identical, about 0 chance level).

export function describeAgreement(ari: number): string {
  if (!Number.isFinite(ari)) return 'not comparable';
  if (ari >= 0.999999) return 'identical segments';
  if (ari >= 0.9) return 'almost the same segments';
  if (ari >= 0.65) return 'largely similar segments';
  if (ari >= 0.3) return 'partly similar segments';
  return 'different segments (near 0 means no better than chance)';
}

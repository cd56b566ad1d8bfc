// The "Algorithm" select and the parameters of the chosen algorithm beneath it.
// Switching algorithm keeps every algorithm's parameters as the user left them.
import { setAlgorithm, useRunStore } from '../../state/runStore';
import { algorithmTitles, type AlgorithmName } from '../../workers/algorithmChoice';
import { ChoiceField } from './ChoiceField';
import { KMeansParams } from './KMeansParams';
import { GmmParams } from './GmmParams';
import { DbscanParams } from './DbscanParams';
import { HdbscanParams } from './HdbscanParams';
import { AgglomerativeParams } from './AgglomerativeParams';

const help: Record<AlgorithmName, string> = {
  kmeans: 'round segments of similar size around centres; fast on any size',
  gmm: 'soft segments with a probability for every customer; ellipses of any shape',
  dbscan: 'dense regions become segments; customers in sparse regions are noise',
  hdbscan: 'like DBSCAN, but finds segments of different densities without eps; its time grows with the square of the rows, so it suits tens of thousands of customers',
  agglomerative: 'a tree of merges, cut into segments (and sub- and micro-segments)',
};

export function AlgorithmPicker() {
  const algorithm = useRunStore((s) => s.settings.algorithm);
  return (
    <>
      <ChoiceField label="Algorithm" value={algorithm} help={help[algorithm]}
        choices={(Object.keys(algorithmTitles) as AlgorithmName[]).map((value) => ({ value, text: algorithmTitles[value] }))}
        onChange={setAlgorithm} />
      {algorithm === 'kmeans' ? <KMeansParams /> : null}
      {algorithm === 'gmm' ? <GmmParams /> : null}
      {algorithm === 'dbscan' ? <DbscanParams /> : null}
      {algorithm === 'hdbscan' ? <HdbscanParams /> : null}
      {algorithm === 'agglomerative' ? <AgglomerativeParams /> : null}
    </>
  );
}

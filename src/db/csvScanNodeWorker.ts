// Node worker-thread entry point for the JS passes of a CSV load (see csvTextNode.ts): the same job as the
// browser's csvScanWorker, answering through the thread's port.
import { parentPort } from 'node:worker_threads';
import { runCsvScan, type CsvScanRequest } from './csvScanJob';

const port = parentPort;
port?.on('message', (request: CsvScanRequest) => runCsvScan(request, (reply, transfer) => port.postMessage(reply, transfer ?? [])));

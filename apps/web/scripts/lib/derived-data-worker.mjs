// The thread of derived-data.mjs: writes the images (and says so), the search index and the graph
// view, then sends back what prepare prints.
import { parentPort, workerData } from "node:worker_threads"
import { IMAGES_WRITTEN, writeDerivedData } from "./derived-data.mjs"

parentPort?.postMessage(await writeDerivedData(workerData, () => parentPort?.postMessage(IMAGES_WRITTEN)))

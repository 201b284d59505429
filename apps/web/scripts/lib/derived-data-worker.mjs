// The thread of derived-data.mjs: writes the search index, the graph view and the images, then
// sends back what prepare prints.
import { parentPort, workerData } from "node:worker_threads"
import { writeDerivedData } from "./derived-data.mjs"

parentPort?.postMessage(await writeDerivedData(workerData))

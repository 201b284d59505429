/**
 * Worker thread of the analysis pool (worker-pool.ts): answers each request as
 * worker-requests.ts says, keeping the analyses a tree-keeping pool leaves here.
 */
import { parentPort } from "node:worker_threads"
import { answerRequest, type HeldAnalysis, type WorkerRequest } from "./worker-requests.ts"

const held = new Map<string, HeldAnalysis>()

parentPort?.on("message", (request: WorkerRequest) => {
  const { reply, transfer } = answerRequest(held, request)
  parentPort?.postMessage(reply, transfer)
})

/**
 * Where reading starts, without building the whole reading order. It lives in the graph
 * package: the first screen written beside graph.json is cut around the same node.
 */
export { firstInReadingOrder } from "@kube-notes/graph"

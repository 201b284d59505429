"use client"

import { useCallback, useEffect, useRef, useState } from "react"
import { drawGraph } from "../../lib/graph-view/draw.ts"
import { fitTransform, hitTest, zoomAt } from "../../lib/graph-view/geometry.ts"
import type { GraphViewData, ViewTransform } from "../../lib/graph-view/types.ts"
import { messages as m } from "../../lib/messages.ts"
import { nodeUrl, withBase } from "../../lib/urls.ts"
import { GraphList } from "./GraphList.tsx"

function readColours(element: Element) {
  const style = getComputedStyle(element)
  const get = (name: string) => style.getPropertyValue(name).trim() || "#888"
  return {
    edge: get("--graph-edge"),
    note: get("--graph-note"),
    topic: get("--graph-topic"),
    term: get("--graph-term"),
    label: get("--text"),
    focus: get("--focus"),
  }
}

/** Topics, terms and notes on a canvas: drag to pan, wheel or buttons to zoom, click to open. */
export function GraphView() {
  const canvas = useRef<HTMLCanvasElement>(null)
  const [data, setData] = useState<GraphViewData | undefined>()
  const [failed, setFailed] = useState(false)
  const [view, setView] = useState<ViewTransform>({ scale: 1, x: 0, y: 0 })
  const [highlight, setHighlight] = useState(-1)
  const drag = useRef<{ x: number; y: number; moved: boolean } | undefined>(undefined)

  useEffect(() => {
    fetch(withBase("/graph-view.json"))
      .then((response) => response.json() as Promise<GraphViewData>)
      .then((loaded) => {
        const element = canvas.current
        if (element) setView(fitTransform(loaded.nodes, element.clientWidth, element.clientHeight))
        setData(loaded)
      })
      .catch(() => setFailed(true))
  }, [])

  const redraw = useCallback(() => {
    const element = canvas.current
    const ctx = element?.getContext("2d")
    if (!element || !ctx || !data) return
    const ratio = window.devicePixelRatio || 1
    element.width = element.clientWidth * ratio
    element.height = element.clientHeight * ratio
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    drawGraph(ctx, data, {
      width: element.clientWidth,
      height: element.clientHeight,
      view,
      highlight,
      colours: readColours(element),
    })
    // Where the drawing stands, for tests that click a node where it is drawn.
    element.dataset.view = JSON.stringify(view)
  }, [data, view, highlight])

  useEffect(() => {
    redraw()
    const observer = new MutationObserver(redraw)
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] })
    window.addEventListener("resize", redraw)
    return () => {
      observer.disconnect()
      window.removeEventListener("resize", redraw)
    }
  }, [redraw])

  useEffect(() => {
    const element = canvas.current
    if (!element) return
    // A non-passive listener, so the wheel zooms the graph instead of scrolling the page.
    const onWheel = (event: WheelEvent) => {
      event.preventDefault()
      const rect = element.getBoundingClientRect()
      setView((v) =>
        zoomAt(v, event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX - rect.left, event.clientY - rect.top),
      )
    }
    element.addEventListener("wheel", onWheel, { passive: false })
    return () => element.removeEventListener("wheel", onWheel)
  }, [])

  const pointAt = (event: React.PointerEvent) => {
    const rect = event.currentTarget.getBoundingClientRect()
    return { x: event.clientX - rect.left, y: event.clientY - rect.top }
  }
  const zoomBy = (factor: number) => {
    const element = canvas.current
    if (element) setView((v) => zoomAt(v, factor, element.clientWidth / 2, element.clientHeight / 2))
  }

  return (
    <div className="graph-view">
      <div className="graph-toolbar" role="toolbar" aria-label={m.graphPage.toolbarLabel}>
        <button type="button" onClick={() => zoomBy(1.3)}>
          {m.graphPage.zoomIn}
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.3)}>
          {m.graphPage.zoomOut}
        </button>
        <button
          type="button"
          onClick={() => {
            const element = canvas.current
            if (element && data) setView(fitTransform(data.nodes, element.clientWidth, element.clientHeight))
          }}
        >
          {m.graphPage.fit}
        </button>
        <span className="legend" aria-hidden="true">
          <span className="dot note" /> {m.kinds.note} <span className="dot topic" /> {m.kinds.topic}{" "}
          <span className="dot term" /> {m.kinds.term}
        </span>
      </div>
      <canvas
        ref={canvas}
        className="graph-canvas"
        role="img"
        aria-label={m.graphPage.canvasLabel}
        onPointerDown={(event) => {
          drag.current = { ...pointAt(event), moved: false }
          event.currentTarget.setPointerCapture(event.pointerId)
        }}
        onPointerMove={(event) => {
          const point = pointAt(event)
          const start = drag.current
          if (start) {
            const dx = point.x - start.x
            const dy = point.y - start.y
            if (start.moved || Math.abs(dx) + Math.abs(dy) > 4) {
              drag.current = { ...point, moved: true }
              setView((v) => ({ ...v, x: v.x + dx, y: v.y + dy }))
            }
          } else if (data) {
            setHighlight(hitTest(data.nodes, view, point.x, point.y))
          }
        }}
        onPointerUp={(event) => {
          const start = drag.current
          drag.current = undefined
          if (!data || start?.moved) return
          const point = pointAt(event)
          const hit = data.nodes[hitTest(data.nodes, view, point.x, point.y)]
          const url = hit && nodeUrl(hit.id)
          if (url) window.location.assign(url)
        }}
      />
      {failed && <p role="alert">{m.graphPage.loadFailed}</p>}
      {data && <GraphList data={data} onFocusNode={setHighlight} />}
    </div>
  )
}

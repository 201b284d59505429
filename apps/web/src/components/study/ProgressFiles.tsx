"use client"

import { mergeProgress, type Progress, parseProgress, serializeProgress } from "@kube-notes/study"
import { useRef } from "react"

interface ProgressFilesProps {
  readonly progress: Progress
  /** Called with the merged progress and how many reviews the file added. */
  readonly onImport: (merged: Progress, added: number) => void
  readonly onError: (message: string) => void
}

/** Export (download the progress JSON) and import (upload one, merged with what is here). */
export function ProgressFiles({ progress, onImport, onError }: ProgressFilesProps) {
  const input = useRef<HTMLInputElement>(null)
  const download = () => {
    const blob = new Blob([serializeProgress(progress)], { type: "application/json" })
    const url = URL.createObjectURL(blob)
    const link = document.createElement("a")
    link.href = url
    link.download = `kube-notes-progress-${new Date().toISOString().slice(0, 10)}.json`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
  const upload = async (file: File | undefined) => {
    if (!file) return
    const parsed = parseProgress(await file.text())
    if (input.current) input.current.value = ""
    if (!parsed.ok) {
      onError(`${file.name}: 진도 파일이 아닙니다 (${parsed.error}).`)
      return
    }
    const merged = mergeProgress(progress, parsed.progress)
    onImport(merged, merged.log.length - progress.log.length)
  }
  return (
    <div className="progress-files">
      <button type="button" onClick={download}>
        진도 내보내기
      </button>
      <label className="button-like">
        진도 가져오기
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          onChange={(event) => upload(event.target.files?.[0])}
        />
      </label>
    </div>
  )
}

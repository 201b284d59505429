import { messages as m } from "../lib/messages.ts"

/**
 * The cheat sheet's choice of shell: radio buttons, "all" chosen, as static markup (the build
 * renders the cheat sheet outside Next); ShellFilterBehaviour.tsx, in the page, hides the commands
 * not seen in the chosen shell. Hidden while JavaScript is off (`js-only`), where every command shows.
 */
export function ShellFilter({ shells }: { readonly shells: readonly string[] }) {
  const options = ["all", ...shells, "unknown"]
  return (
    <fieldset className="shell-filter js-only">
      <legend>{m.commandsPage.shellFilter}</legend>
      {options.map((option) => (
        <label key={option}>
          <input type="radio" name="shell" value={option} defaultChecked={option === "all"} />
          {option === "all"
            ? m.commandsPage.allShells
            : option === "unknown"
              ? m.commandsPage.unknownShell
              : option}
        </label>
      ))}
    </fieldset>
  )
}
